from datetime import time

from range_desk.clock import is_peak, minutes_between, parse_clock


def test_parse_clock():
    assert parse_clock("9:05") == time(9, 5)
    assert parse_clock(" 17:30 ") == time(17, 30)
    assert parse_clock("8") == time(8, 0)


def test_minutes_between():
    assert minutes_between(time(9, 40), time(11, 5)) == 85
    assert minutes_between(time(11, 5), time(9, 40)) == -85


def test_peak_hours():
    assert is_peak(time(17, 0))
    assert is_peak(time(19, 59))
    assert not is_peak(time(20, 0))
    assert not is_peak(time(12, 0))
