import pytest

from coworking.booking import Booking, minutes


def test_minutes():
    assert minutes("09:30") == 570


def test_half_hours_only():
    with pytest.raises(ValueError):
        minutes("09:15")


def test_within_opening_hours():
    with pytest.raises(ValueError):
        Booking.make("A1", "nina", "20:00", "22:00")
