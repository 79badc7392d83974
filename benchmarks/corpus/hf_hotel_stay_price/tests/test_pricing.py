from datetime import date
from decimal import Decimal

import pytest

from hotel.pricing import price_breakdown, price_stay
from hotel.stays import Stay


def test_weekday_nights():
    # Monday to Thursday
    assert price_stay(Stay("DBL", date(2024, 6, 3), date(2024, 6, 6), guests=2)) == Decimal("327.00")


def test_weekend_nights():
    # Thursday, Friday and Saturday nights
    assert price_stay(Stay("SGL", date(2024, 6, 6), date(2024, 6, 9))) == Decimal("269.00")


def test_long_stay_discount():
    assert price_stay(Stay("SGL", date(2024, 6, 3), date(2024, 6, 10))) == Decimal("526.50")


def test_extra_guest_pays_the_fee():
    assert price_stay(Stay("FAM", date(2024, 6, 3), date(2024, 6, 5), guests=4)) == Decimal("372.00")


def test_too_many_guests():
    with pytest.raises(ValueError):
        price_stay(Stay("DBL", date(2024, 6, 3), date(2024, 6, 5), guests=4))


def test_breakdown():
    assert price_breakdown(Stay("SGL", date(2024, 6, 3), date(2024, 6, 4))) == "Single, 1 night, 1 guest(s): 79.00"
