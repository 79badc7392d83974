"""Invoices for finished jobs, in pence."""

from __future__ import annotations

from benchfix.jobs import Job, Rates


def part_price(cost_pence: int, rates: Rates) -> int:
    return round(cost_pence * (1 + rates.parts_markup))


def labour_charge(job: Job, rates: Rates) -> int:
    """Bench time rounded up to whole blocks, and never less than the minimum;
    nothing for work under warranty."""
    if job.under_warranty:
        return 0
    minutes = max(job.bench_minutes, rates.minimum_minutes)
    blocks = -(-minutes // rates.block_minutes)
    charged = blocks * rates.block_minutes
    return round(job.bench_minutes * rates.hourly_pence / 60)


def invoice_lines(job: Job, rates: Rates) -> list[tuple[str, int]]:
    lines = []
    for part in job.parts:
        label = part.name if part.quantity == 1 else f"{part.name} x{part.quantity}"
        lines.append((label, part_price(part.cost_pence, rates) * part.quantity))
    labour = labour_charge(job, rates)
    if labour:
        lines.append(("Labour", labour))
    return lines


def invoice_total(job: Job, rates: Rates) -> int:
    return sum(amount for _, amount in invoice_lines(job, rates))
