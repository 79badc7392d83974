from __future__ import annotations

from collections import deque

from jobs import PrintJob


class PrintQueue:
    def __init__(self) -> None:
        self.jobs: deque[PrintJob] = deque()
        self.printed: list[str] = []

    def submit(self, job: PrintJob) -> None:
        if job.pages <= 0 or job.copies <= 0:
            raise ValueError("nothing to print")
        self.jobs.append(job)

    def pending_sheets(self) -> int:
        return sum(job.sheets for job in self.jobs)

    def waiting(self) -> list[str]:
        return [job.customer for job in self.jobs]

    def run(self, paper: int) -> int:
        """Print the queued jobs in order for as long as the next job fits in the
        `paper` sheets left in the tray. A job is never split: the first one that
        does not fit stays at the front of the queue for the next refill.
        Returns the sheets left in the tray."""
        while self.jobs:
            job = self.jobs.popleft()
            paper -= job.sheets
            self.printed.append(job.customer)
        return paper
