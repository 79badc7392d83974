from __future__ import annotations

from datetime import date, timedelta

from jobs import Job, parse_jobs


def ready_on(booked_in: date, jobs: list[Job]) -> date:
    """The day a bike booked in on `booked_in` for `jobs` is ready to collect.

    The jobs take the sum of their working days, counted from the day after the
    bike is booked in. The workshop is shut on Sundays, so a Sunday is not a
    working day. A bike booked in only for jobs that take no days is ready the
    same day.
    """
    day = booked_in
    left = sum(job.days for job in jobs)
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() != 7:
            left -= 1
    return day


def quote(jobs: list[Job]) -> float:
    return round(sum(job.price for job in jobs), 2)


def ticket(customer: str, booked_in: date, form: str) -> str:
    jobs = parse_jobs(form)
    names = ", ".join(job.name for job in jobs)
    ready = ready_on(booked_in, jobs)
    return f"{customer}: {names} - £{quote(jobs):.2f}, ready {ready:%a %d %b}"
