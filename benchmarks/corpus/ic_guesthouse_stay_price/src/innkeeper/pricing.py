from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from .rates import WEEKEND_NIGHTS, RatePlan

CENT = Decimal("0.01")


def nights(check_in: date, check_out: date) -> int:
    if check_out <= check_in:
        raise ValueError("check-out must be after check-in")
    return (check_out - check_in).days


def stay_price(plan: RatePlan, check_in: date, check_out: date) -> Decimal:
    """Each night from check_in up to (not including) check_out costs the weekend
    rate when it falls on a Friday or Saturday and the weekday rate otherwise.
    Stays of plan.long_stay_nights nights or more get plan.long_stay_discount off
    the room charge; the city tax is then added for every night. Rounded to cents."""
    count = nights(check_in, check_out)
    room = Decimal("0")
    for offset in range(count):
        night = check_in + timedelta(days=offset)
        room += plan.weekend if check_in.weekday() in WEEKEND_NIGHTS else plan.weekday
    if count > plan.long_stay_nights:
        room -= room * plan.long_stay_discount
    total = room + plan.city_tax_per_night * count
    return total.quantize(CENT, rounding=ROUND_HALF_UP)


def price_per_night(plan: RatePlan, check_in: date, check_out: date) -> Decimal:
    return (stay_price(plan, check_in, check_out) / nights(check_in, check_out)).quantize(CENT, rounding=ROUND_HALF_UP)
