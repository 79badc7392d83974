from datetime import datetime

import pytest

from studio.bookings import Booking, parse_booking


def test_parse_a_booking():
    booking = parse_booking("Sam Reid; Kat; 2024-09-14 11:00; 50; y")
    assert booking == Booking("Sam Reid", "Kat", datetime(2024, 9, 14, 11, 0), 50.0, True)


def test_walk_in_without_deposit():
    booking = parse_booking("Lee;Marco;2024-09-14 15:30;;n")
    assert booking.deposit == 0.0
    assert not booking.design_started


def test_bad_line():
    with pytest.raises(ValueError):
        parse_booking("Lee;Marco;2024-09-14 15:30")
