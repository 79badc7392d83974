"""Hatching calendar for the incubators in the back bedroom: which trays need
candling, when to stop turning and put the humidity up (lockdown), when the hatch
is due, and when to give up on the eggs that have not pipped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

INCUBATION_DAYS = {"chicken": 21, "bantam": 20, "duck": 28, "turkey": 28, "goose": 30, "quail": 17}
CANDLE_DAYS = {"quail": (5, 12), "goose": (10, 24)}  # days after setting; others on 7 and 14
LOCKDOWN_BEFORE = 3  # days before the hatch is due
CLEAR_OUT_AFTER = 3  # days after the hatch was due


@dataclass
class Tray:
    name: str
    species: str
    set_on: date
    eggs: int


def hatch_due(tray: Tray) -> date:
    return tray.set_on + timedelta(days=INCUBATION_DAYS[tray.species])


def calendar(trays: list[Tray], start: date, days: int = 7) -> list[tuple[date, str, str]]:
    """The jobs for each of `days` days from `start`, as (day, tray, job), day by day
    and, within a day, in the order the trays were given."""

    def job(tray: Tray, day: date) -> str | None:
        age = (day - start).days
        length = INCUBATION_DAYS[tray.species]
        if age in CANDLE_DAYS.get(tray.species, (7, 14)):
            return "candle"
        if age == length - LOCKDOWN_BEFORE:
            return "lockdown"
        if age == length:
            return "hatch due"
        if age == length + CLEAR_OUT_AFTER:
            return "clear out"
        return None

    jobs = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        for tray in trays:
            todo = job(tray, day)
            if todo is not None:
                jobs.append((day, tray.name, todo))
    return jobs


def hatching_between(trays: list[Tray], first: date, last: date) -> int:
    """Eggs due to hatch from `first` to `last`, both included: how many brooder places to get ready."""
    return sum(tray.eggs for tray in trays if first <= hatch_due(tray) <= last)
