"""Splits the day's jobs into runs: what one rider takes out before coming back to
the depot. A run should fit in a shift block; the jobs go out in the order they
came in."""

from __future__ import annotations

from collections import deque

from courier.jobs import Job

SHIFT_BLOCK = 120  # minutes


def plan_runs(jobs: list[Job], block: int = SHIFT_BLOCK) -> list[list[Job]]:
    """Fills each run with jobs, in order, until the next one would take it past the
    block; that job starts the next run. A job too long for any block goes out
    alone, as its own run."""
    runs: list[list[Job]] = []
    current: list[Job] = []
    used = 0
    queue = deque(jobs)
    while queue:
        job = queue[0]
        if used + job.minutes <= block:
            current.append(queue.popleft())
            used += job.minutes
        elif current:
            runs.append(current)
            current, used = [], 0
    if current:
        runs.append(current)
    return runs


def run_summary(runs: list[list[Job]]) -> list[str]:
    lines = []
    for number, run in enumerate(runs, 1):
        minutes = sum(job.minutes for job in run)
        bike = "cargo bike" if any(job.cargo for job in run) else "bike"
        lines.append(f"run {number}: {len(run)} jobs, {minutes} min, {bike}")
    return lines
