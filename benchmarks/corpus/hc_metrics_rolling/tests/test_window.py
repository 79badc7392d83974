import pytest

from metrics.series import Series
from metrics.window import rolling_max, rolling_sum


def test_one_window():
    assert rolling_sum([1, 2, 3], 3) == [6]


def test_too_few_values():
    assert rolling_sum([1, 2], 3) == []


def test_window_must_be_positive():
    with pytest.raises(ValueError):
        rolling_sum([1], 0)


def test_sums_slide():
    assert rolling_sum([1, 2, 3, 4, 5], 2) == [3, 5, 7, 9]


def test_peaks():
    assert rolling_max([1, 3, 2, 5, 4, 1], 3) == [3, 5, 5, 5]


def test_moving_average():
    series = Series("requests")
    series.add(10, 20, 30, 40)
    assert series.moving_average(2) == [15, 25, 35]


def test_busiest_window():
    series = Series("cpu", [1, 9, 1, 1, 8, 8])
    assert series.busiest_window(2) == 4
