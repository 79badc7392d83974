"""When each ride gets its daily-use inspection by the ride examiner: every so many
days the ride actually runs, counted from the first day the fair opens."""

from __future__ import annotations

from datetime import date, timedelta

from season import Season

ONE_DAY = timedelta(days=1)

# Open days between examinations, by ride type.
EVERY = {"waltzer": 7, "dodgems": 10, "big wheel": 5, "helter skelter": 14, "ghost train": 10}


def inspection_dates(season: Season, every: int, how_many: int | None = None) -> list[date]:
    """The days the examiner must come: the every-th open day of the season, then every
    every-th open day after it. Stops after how_many, or at the end of the season."""
    if every < 1:
        raise ValueError("inspections must be at least a day apart")
    dates: list[date] = []
    opened = 0
    day = season.first_day
    while day <= season.last_day and (how_many is None or len(dates) < how_many):
        if not season.is_open(day):
            continue
        opened += 1
        if opened % every == 0:
            dates.append(day)
        day += ONE_DAY
    return dates


def examiner_diary(season: Season, rides: list[str]) -> dict[date, list[str]]:
    """Which rides to examine on which day, for the whole season."""
    diary: dict[date, list[str]] = {}
    for ride in sorted(rides):
        for day in inspection_dates(season, EVERY[ride]):
            diary.setdefault(day, []).append(ride)
    return dict(sorted(diary.items()))
