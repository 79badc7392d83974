from __future__ import annotations

from datetime import date, timedelta

from jobs import Job, job_minutes

DAY_MINUTES = 7 * 60


def next_working_day(day: date) -> date:
    """`day` itself if it is a weekday, else the Monday after."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def plan_days(jobs: list[Job], start: date, day_minutes: int = DAY_MINUTES) -> list[tuple[date, list[str]]]:
    """Share the jobs out over working days from `start`, keeping their order: each
    day takes jobs until the next one would not fit, and then the next working day
    begins. A job longer than a whole day gets a day to itself."""
    days = []
    current: list[str] = []
    used = 0
    day = next_working_day(start)
    for job in jobs:
        needed = job_minutes(job)
        if current and used + needed > day_minutes:
            days.append((day, current))
            day = next_working_day(day + timedelta(days=1))
            current = []
        current.append(job.address)
        used += needed
    if current:
        days.append((day, current))
    return days
