"""Charges for tuning visits and the monthly statements sent to regular customers."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from rates import STANDARD, Rates


@dataclass(frozen=True)
class Visit:
    customer: str
    day: date
    pianos: int
    miles: float  # one way
    pitch_raises: int = 0


def visit_charge(visit: Visit, rates: Rates = STANDARD) -> float:
    """The first piano at the full tuning rate and any others at the extra-piano rate,
    pitch raises on top, and mileage there and back beyond the free radius."""
    if visit.pianos < 1:
        raise ValueError("a visit tunes at least one piano")
    if not 0 <= visit.pitch_raises <= visit.pianos:
        raise ValueError("more pitch raises than pianos")
    charge = rates.tuning + rates.extra_piano * visit.pianos
    charge += rates.pitch_raise * visit.pitch_raises
    chargeable = max(0.0, visit.miles - rates.free_miles)
    charge += chargeable * rates.per_mile
    return round(charge, 2)


def monthly_statement(visits: list[Visit], rates: Rates = STANDARD) -> dict[str, list[str]]:
    """Per customer, one line per visit in date order and a total line."""
    by_customer: dict[str, list[Visit]] = defaultdict(list)
    for visit in visits:
        by_customer[visit.customer].append(visit)
    statement = {}
    for customer, theirs in sorted(by_customer.items()):
        lines = []
        total = 0.0
        for visit in sorted(theirs, key=lambda v: v.day):
            charge = visit_charge(visit, rates)
            total += charge
            lines.append(f"{visit.day:%d/%m} {visit.pianos} piano(s) {charge:.2f}")
        lines.append(f"Total {total:.2f}")
        statement[customer] = lines
    return statement
