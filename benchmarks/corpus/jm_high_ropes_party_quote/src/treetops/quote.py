"""Quotes for parties booked over the phone."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from treetops.courses import Climber, check_allowed

JUNIOR_UNDER = 16
PEAK = Decimal("1.2")  # weekends and school holidays
GROUP_SIZE = 10  # parties this big get the cheapest place free


def in_holidays(day: date, holidays: list[tuple[date, date]]) -> bool:
    """Whether the day falls in one of the school holidays, (first day, last day)."""
    return any(first <= day <= last for first, last in holidays)


def quote(party: list[Climber], day: date, holidays: list[tuple[date, date]] = ()) -> Decimal:
    """The price for a party on a day. Each climber pays the price of their course, the
    junior price if under JUNIOR_UNDER; every price goes up by PEAK at weekends and in
    school holidays; a party of GROUP_SIZE or more has its cheapest place free."""
    prices = []
    for climber in party:
        course = check_allowed(climber)
        prices.append(course.junior if climber.age <= JUNIOR_UNDER else course.adult)
    if day.weekday() > 5 or in_holidays(day, holidays):
        prices = [price * PEAK for price in prices]
    if len(prices) >= GROUP_SIZE:
        prices.remove(min(prices))
    return sum(prices, Decimal("0")).quantize(Decimal("0.01"))
