from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from .entries import Entry

INTERNAL = "internal"


def billable_hours(entries: list[Entry]) -> dict[str, Decimal]:
    """Hours to invoice per project. Internal time and rejected lines are not billed."""
    hours: dict[str, Decimal] = defaultdict(Decimal)
    for entry in entries:
        if entry.project == INTERNAL or entry.status == "rejected":
            continue
        hours[entry.project] += entry.hours
    return dict(hours)


def hours_by_person(entries: list[Entry]) -> dict[str, Decimal]:
    hours: dict[str, Decimal] = defaultdict(Decimal)
    for entry in entries:
        hours[entry.person] += entry.hours
    return dict(hours)


def invoice_lines(entries: list[Entry], rates: dict[str, Decimal]) -> list[str]:
    lines = []
    for project, hours in sorted(billable_hours(entries).items()):
        amount = (hours * rates[project]).quantize(Decimal("0.01"))
        lines.append(f"{project}: {hours} h = {amount}")
    return lines
