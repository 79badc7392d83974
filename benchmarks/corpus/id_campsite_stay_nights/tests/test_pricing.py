from datetime import date
from decimal import Decimal

import pytest

from pricing import is_peak, stay_cost


def test_peak_season():
    assert is_peak(date(2024, 7, 1))
    assert is_peak(date(2024, 8, 31))
    assert not is_peak(date(2024, 9, 1))


def test_weekend_in_june(tent_pitch):
    assert stay_cost(tent_pitch, date(2024, 6, 14), date(2024, 6, 16), 2) == Decimal("28.00")


def test_extra_guests(tent_pitch):
    assert stay_cost(tent_pitch, date(2024, 5, 3), date(2024, 5, 4), 4) == Decimal("26.00")


def test_caravan_in_august(caravan_pitch):
    assert stay_cost(caravan_pitch, date(2024, 8, 5), date(2024, 8, 8), 3) == Decimal("112.50")


def test_departure_before_arrival(tent_pitch):
    with pytest.raises(ValueError):
        stay_cost(tent_pitch, date(2024, 6, 16), date(2024, 6, 16), 2)
