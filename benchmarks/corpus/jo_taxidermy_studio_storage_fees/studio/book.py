"""The studio's order book: booking commissions in, finishing them, and what customers
owe when they come to collect.

A finished piece is kept free for four weeks. After that it is charged storage by the
week, part weeks as whole ones, until the customer collects it.
"""

from __future__ import annotations

from datetime import date

from studio.jobs import DEPOSIT_SHARE, Commission

FREE_STORAGE_DAYS = 28
STORAGE_PER_WEEK = 5


class Studio:
    def __init__(self) -> None:
        self.jobs: dict[str, Commission] = {}

    def book(self, customer: str, specimen: str, price: int, deposit: int, on: date) -> str:
        if deposit < price * DEPOSIT_SHARE:
            raise ValueError(f"a deposit of at least {price * DEPOSIT_SHARE:g} is needed")
        ref = f"T{len(self.jobs) + 1:03d}"
        self.jobs[ref] = Commission(ref, customer, specimen, price, on, deposit)
        return ref

    def finish(self, ref: str, on: date) -> None:
        self.jobs[ref].finished = on

    def on_the_bench(self) -> list[str]:
        """Commissions still being worked on, oldest booking first."""
        waiting = [job for job in self.jobs.values() if job.finished is None]
        return [job.ref for job in sorted(waiting, key=lambda job: (job.booked, job.ref))]

    def storage_fees(self, today: date) -> dict[str, int]:
        """The storage owed on each finished piece still waiting in the studio, for pieces
        past their free weeks."""
        fees = {}
        for job in self.jobs.values():
            if job.finished is None:
                continue
            over = (today - job.finished).days - FREE_STORAGE_DAYS
            if over > 0:
                fees[job.ref] = STORAGE_PER_WEEK * -(-over // 7)
        return fees

    def collect(self, ref: str, on: date) -> int:
        """Hands the piece over; returns what the customer pays: the balance and any storage."""
        job = self.jobs[ref]
        if job.finished is None:
            raise ValueError(f"{ref} is not finished")
        if job.collected is not None:
            raise ValueError(f"{ref} was collected on {job.collected}")
        due = job.balance + self.storage_fees(on).get(ref, 0)
        job.collected = on
        return due
