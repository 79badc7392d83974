from __future__ import annotations

from datetime import date, timedelta

from jobs import Job, sweeps_per_year


def due_date(job: Job) -> date | None:
    if job.last_swept is None:
        return None
    return job.last_swept + timedelta(days=365 // sweeps_per_year(job))


def reminder_list(jobs: list[Job], today: date, ahead_days: int = 21) -> list[str]:
    """Addresses to send a reminder card to: due within `ahead_days`, or overdue,
    soonest first. Customers never swept by us are left for the phone."""
    due = []
    for job in jobs:
        when = due_date(job)
        if when is not None and when <= today + timedelta(days=ahead_days):
            due.append((when, job.address))
    return [address for _, address in sorted(due)]
