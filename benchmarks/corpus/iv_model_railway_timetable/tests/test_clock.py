import pytest

from layout_ops.clock import FastClock, to_minutes, to_text


def test_to_minutes():
    assert to_minutes("06:45") == 405
    assert to_minutes(" 0:05") == 5


@pytest.mark.parametrize("text", ["6.45", "24:00", "12:60", "12:5", ""])
def test_bad_times(text):
    with pytest.raises(ValueError):
        to_minutes(text)


def test_to_text_wraps_past_midnight():
    assert to_text(23 * 60 + 59) == "23:59"
    assert to_text(24 * 60 + 10) == "00:10"


def test_fast_clock_at_four_to_one():
    clock = FastClock(4, "05:30")
    assert clock.layout_time(0) == "05:30"
    assert clock.layout_time(22.5) == "07:00"


def test_fast_clock_cannot_run_slow():
    with pytest.raises(ValueError):
        FastClock(0, "05:30")
