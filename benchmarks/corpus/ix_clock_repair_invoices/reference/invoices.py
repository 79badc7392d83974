"""Invoices for finished jobs, and the margin report for the accountant."""

from __future__ import annotations

from jobs import Job

HOURLY_RATE = 48.0
VAT_RATE = 0.20


class Invoice:
    def __init__(self, job: Job) -> None:
        self.job = job

    def lines(self) -> list[tuple[str, float]]:
        """Labour first, then a line for each part: (description, amount)."""
        rows = [(f"Labour, {self.job.hours:g} h at £{HOURLY_RATE:.2f}", round(self.job.hours * HOURLY_RATE, 2))]
        for part in self.job.parts:
            label = part.name if part.quantity == 1 else f"{part.name} x{part.quantity}"
            rows.append((label, round(part.price * part.quantity, 2)))
        return rows

    def net(self) -> float:
        return round(sum(amount for _, amount in self.lines()), 2)

    def vat(self) -> float:
        return round(self.net() * VAT_RATE, 2)

    def total(self) -> float:
        return round(self.net() + self.vat(), 2)

    def over_estimate(self) -> float:
        """How far the bill runs over the estimate given when the clock came in (0 if not)."""
        if self.job.estimate is None:
            return 0.0
        return max(round(self.total() - self.job.estimate, 2), 0.0)


def parts_margin(jobs: list[Job]) -> float:
    """What the workshop made on parts across the jobs, before VAT."""
    return round(sum((part.price - part.cost) * part.quantity for job in jobs for part in job.parts), 2)
