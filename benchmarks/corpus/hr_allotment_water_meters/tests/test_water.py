from datetime import date

import pytest

from allotment.billing import season_bill, shares
from allotment.meters import Reading, parse_readings, plot_usage


def test_parse_readings(spring):
    assert spring[0] == Reading("4A", date(2024, 4, 1), 100.25)
    assert len(spring) == 9


def test_plot_usage(spring):
    assert plot_usage(spring) == {"4A": pytest.approx(11.754), "7": pytest.approx(3.5), "12": pytest.approx(2.25)}


def test_one_reading_is_no_usage():
    assert plot_usage(parse_readings("9 2024-04-01 12.000")) == {"9": 0.0}


def test_shares():
    assert shares({"1": 3.0, "2": 1.0}, standing=10.0, volume_cost=40.0) == {"1": 35.0, "2": 15.0}
    assert shares({"1": 0.0, "2": 0.0}, standing=10.0, volume_cost=4.0) == {"1": 7.0, "2": 7.0}
    assert shares({}, standing=10.0, volume_cost=4.0) == {}


def test_season_bill(spring):
    assert season_bill(spring, standing=60.0, volume_cost=87.52) == [("4A", 78.77), ("7", 37.5), ("12", 31.25)]
