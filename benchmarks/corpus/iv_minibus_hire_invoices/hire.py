"""Invoicing a hire when the minibus comes back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fleet import Minibus

DRIVER_PER_DAY = 95.0


@dataclass
class Hire:
    customer: str
    pickup: date
    back: date
    odometer_out: int
    odometer_in: int
    with_driver: bool = False


def invoice(hire: Hire, bus: Minibus) -> dict[str, float]:
    """The bill: every day from pickup to return counts (a same-day hire is one day),
    miles over the free daily allowance are charged, and the driver by the day."""

    def days_and_extra_miles() -> tuple[int, int]:
        days = (hire.back - hire.pickup).days
        driven = hire.odometer_in - hire.odometer_out
        extra = driven - days * bus.free_miles_per_day
        return days, extra

    if hire.back < hire.pickup:
        raise ValueError("returned before it was picked up")
    if hire.odometer_in < hire.odometer_out:
        raise ValueError("odometer reading went backwards")
    days, extra = days_and_extra_miles()
    bill = {
        "hire": round(days * bus.day_rate, 2),
        "mileage": round(extra * bus.per_mile, 2),
    }
    if hire.with_driver:
        bill["driver"] = round(days * DRIVER_PER_DAY, 2)
    bill["total"] = round(sum(bill.values()), 2)
    return bill
