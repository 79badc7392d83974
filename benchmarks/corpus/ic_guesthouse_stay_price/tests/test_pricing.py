from datetime import date
from decimal import Decimal

import pytest

from innkeeper.pricing import nights, price_per_night, stay_price
from innkeeper.rates import STANDARD, RatePlan

MONDAY = date(2024, 5, 6)
THURSDAY = date(2024, 5, 9)


def test_nights():
    assert nights(MONDAY, THURSDAY) == 3
    with pytest.raises(ValueError):
        nights(THURSDAY, THURSDAY)


def test_weekday_stay():
    assert stay_price(STANDARD, MONDAY, THURSDAY) == Decimal("247.50")


def test_long_weekend_thursday_to_sunday():
    # Thursday at 80, Friday and Saturday at 110, plus 3 nights of city tax.
    assert stay_price(STANDARD, THURSDAY, date(2024, 5, 12)) == Decimal("307.50")


def test_a_week_gets_long_stay_discount():
    plan = RatePlan(Decimal("100"), Decimal("100"), city_tax_per_night=Decimal("0"))
    assert stay_price(plan, MONDAY, date(2024, 5, 13)) == Decimal("630.00")


def test_price_per_night():
    assert price_per_night(STANDARD, MONDAY, date(2024, 5, 8)) == Decimal("82.50")
