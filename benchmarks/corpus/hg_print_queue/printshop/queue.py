"""The office printer's queue: jobs print in order as long as the paper tray allows."""

from __future__ import annotations

from collections import deque

from .jobs import Job


class PrintQueue:
    def __init__(self) -> None:
        self.jobs: deque[Job] = deque()
        self.printed: list[Job] = []

    def submit(self, job: Job) -> None:
        if job.pages <= 0 or job.copies <= 0:
            raise ValueError("nothing to print")
        self.jobs.append(job)

    def run(self, paper: int) -> int:
        """Print from the front of the queue until the next job needs more sheets than are left.

        Returns the sheets left in the tray."""
        while self.jobs[0].sheets <= paper:
            job = self.jobs.popleft()
            paper -= job.sheets
            self.printed.append(job)
        return paper

    def cancel(self, owner: str) -> int:
        """Drop the owner's waiting jobs; returns how many were dropped."""
        kept = deque(job for job in self.jobs if job.owner != owner)
        dropped = len(self.jobs) - len(kept)
        self.jobs = kept
        return dropped

    def waiting(self) -> dict[str, int]:
        """Sheets still to print, per owner."""
        sheets: dict[str, int] = {}
        for job in self.jobs:
            sheets[job.owner] = sheets.get(job.owner, 0) + job.sheets
        return sheets
