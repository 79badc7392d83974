import pytest

from bounce.clock import Hours, hhmm, minutes


def test_minutes_and_back():
    assert minutes("09:30") == 570
    assert hhmm(570) == "09:30"
    assert hhmm(minutes("17:05")) == "17:05"


def test_bad_times():
    with pytest.raises(ValueError):
        minutes("10:75")
    with pytest.raises(ValueError):
        Hours.parse("18:00-10:00")


def test_parse_hours():
    assert Hours.parse("10:00-18:00") == Hours(600, 1080)
