from datetime import date, timedelta

import pytest

from oilround.forecast import delivery_date, delivery_list
from oilround.tanks import Tank


def spell(high, low, days=21, start=date(2025, 1, 6)):
    return [(start + timedelta(days=i), high, low) for i in range(days)]


def test_cold_spell():
    # 35 degree days a day, 5 to the gallon: 7 gallons a day down to 68.75
    tank = Tank("Hartley", 275, 150, k_factor=5.0)
    assert delivery_date(tank, spell(40, 20)) == date(2025, 1, 17)


def test_already_at_reorder_level():
    tank = Tank("Hartley", 275, 60, k_factor=5.0)
    assert delivery_date(tank, spell(40, 20)) == date(2025, 1, 6)


def test_summer_hot_water_only():
    tank = Tank("Okafor", 275, 75, k_factor=4.2, hot_water_gal=1.5)
    assert delivery_date(tank, spell(80, 62)) == date(2025, 1, 10)


def test_lasts_the_forecast():
    tank = Tank("Brennan", 275, 275, k_factor=5.0)
    assert delivery_date(tank, spell(60, 50, days=3)) is None
    assert delivery_date(tank, []) is None


def test_no_k_factor():
    with pytest.raises(ValueError, match="Brennan"):
        delivery_date(Tank("Brennan", 275, 200, k_factor=0), spell(40, 20))


def test_delivery_list_soonest_first():
    tanks = [
        Tank("Hartley", 275, 150, k_factor=5.0),
        Tank("Brennan", 550, 540, k_factor=6.5),
        Tank("Okafor", 275, 72, k_factor=4.2, hot_water_gal=1.5),
    ]
    assert delivery_list(tanks, spell(40, 20)) == [
        (date(2025, 1, 6), "Okafor"),
        (date(2025, 1, 17), "Hartley"),
    ]
