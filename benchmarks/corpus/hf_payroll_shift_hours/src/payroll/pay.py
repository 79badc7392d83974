"""A week's pay."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from .shifts import Shift

OVERTIME_AFTER = Decimal(40)
OVERTIME_RATE = Decimal("1.5")


def hours_by_employee(shifts: list[Shift]) -> dict[str, Decimal]:
    hours: dict[str, Decimal] = defaultdict(Decimal)
    for shift in shifts:
        hours[shift.employee] += shift.paid_hours()
    return dict(hours)


def weekly_pay(shifts: list[Shift], rates: dict[str, Decimal]) -> dict[str, Decimal]:
    """Pay per employee for one week: hours beyond 40 at time and a half."""
    pay = {}
    for employee, hours in hours_by_employee(shifts).items():
        regular = min(hours, OVERTIME_AFTER)
        overtime = hours - regular
        pay[employee] = ((regular + overtime * OVERTIME_RATE) * rates[employee]).quantize(Decimal("0.01"))
    return pay
