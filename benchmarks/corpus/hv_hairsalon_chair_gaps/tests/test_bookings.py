import pytest

from salon.bookings import Booking, clock, read_bookings


def test_read(saturday):
    assert saturday[1] == Booking(570, 45, 1, "Bell, cut and blow-dry")
    assert saturday[1].end == 615


def test_unreadable_line():
    with pytest.raises(ValueError):
        read_bookings("9am 30 chair 1 Bell")


def test_clock():
    assert clock(545) == "09:05"
