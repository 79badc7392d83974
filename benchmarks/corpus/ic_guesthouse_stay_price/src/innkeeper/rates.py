from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# Weekday numbers (Monday is 0) of the nights charged at the weekend rate:
# Friday and Saturday nights.
WEEKEND_NIGHTS = frozenset({4, 5})


@dataclass(frozen=True)
class RatePlan:
    weekday: Decimal
    weekend: Decimal
    long_stay_nights: int = 7
    long_stay_discount: Decimal = Decimal("0.10")
    city_tax_per_night: Decimal = Decimal("2.50")


STANDARD = RatePlan(Decimal("80"), Decimal("110"))
