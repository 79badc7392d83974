import pytest

from footfall.windows import busiest_window, quiet_hours, rolling_average


def test_rolling_average():
    assert rolling_average([2, 4, 6, 8], 2) == [3.0, 5.0, 7.0]


def test_busiest_window_in_the_middle():
    assert busiest_window([1, 5, 7, 2, 0], 2) == (1, 12)


def test_earliest_of_equal_windows():
    assert busiest_window([3, 3, 3, 3], 2) == (0, 6)


def test_busiest_window_at_closing_time():
    assert busiest_window([2, 1, 0, 4, 9], 2) == (3, 13)


def test_window_wider_than_the_day():
    with pytest.raises(ValueError):
        busiest_window([1, 2], 3)


def test_quiet_hours():
    assert quiet_hours([0, 5, 2, 8], 3) == [0, 2]
