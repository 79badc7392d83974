import pytest

from carpool.people import Driver, minutes


def test_minutes():
    assert minutes("07:05") == 425
    assert minutes("00:00") == 0


def test_bad_time():
    with pytest.raises(ValueError):
        minutes("24:10")


def test_departure():
    assert Driver("nora", "airport", "08:30").departure == 510
