"""Deciding which jobs run, and when they run next."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Callable


def due_jobs(jobs: list[dict], now: datetime) -> list[str]:
    """Names of the jobs to run at `now`, the longest overdue first."""
    due = [job for job in jobs if job["next_run"] <= now]
    due.sort(key=lambda job: (job["next_run"], job["name"]))
    return [job["name"] for job in due]


def advance(next_run: datetime, every: timedelta, now: datetime) -> datetime:
    """The first time after `now` on the job's schedule (missed runs are skipped)."""
    while next_run <= now:
        next_run += every
    return next_run


def run_due(jobs: list[dict], now: datetime, runner: Callable[[str], object]) -> list[str]:
    by_name = {job["name"]: job for job in jobs}
    ran = []
    for name in due_jobs(jobs, now):
        job = by_name[name]
        runner(name)
        job["runs"] += 1
        job["next_run"] = advance(job["next_run"], job["every"], now)
        ran.append(name)
    return ran
