from datetime import date

import pytest

from studio.bookings import Booking, cancel, parse_booking


def test_parse_a_booking():
    booking = parse_booking("Sam Reid; Jo; 2024-03-09; 3; 50")
    assert booking == Booking("Sam Reid", "Jo", date(2024, 3, 9), 3.0, 50.0)


def test_parse_a_cancelled_booking():
    booking = parse_booking("Sam Reid;Jo;2024-03-09;3;50;2024-03-01;Client")
    assert booking.cancelled_on == date(2024, 3, 1)
    assert booking.cancelled_by == "client"


def test_parse_rejects_a_half_cancelled_line():
    with pytest.raises(ValueError):
        parse_booking("Sam Reid;Jo;2024-03-09;3;50;2024-03-01")


def test_cannot_cancel_twice():
    booking = Booking("Sam Reid", "Jo", date(2024, 3, 9), 3.0, 50.0)
    cancel(booking, date(2024, 3, 1))
    with pytest.raises(ValueError):
        cancel(booking, date(2024, 3, 2), by="studio")
