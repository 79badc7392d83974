import pytest

from fuellog.economy import average, consumption, legs
from fuellog.records import parse_log


def test_one_stretch():
    fills = parse_log("2024-01-01, 1000, 40\n2024-01-08, 1500, 35\n")
    assert legs(fills) == [(500, 35.0)]
    assert consumption(fills) == [7.0]


def test_partial_fill_counts_towards_the_stretch():
    fills = parse_log("2024-01-01, 1000, 40\n2024-01-04, 1200, 10, partial\n2024-01-08, 1500, 20\n")
    assert legs(fills) == [(500, 30.0)]


def test_every_stretch(fills):
    assert consumption(fills) == [6.59, 7.07, 6.4]


def test_average(fills):
    assert average(fills) == pytest.approx(6.69, abs=0.01)


def test_nothing_to_compare():
    assert average(parse_log("2024-01-01, 1000, 40, partial\n2024-01-02, 1100, 30\n")) is None
