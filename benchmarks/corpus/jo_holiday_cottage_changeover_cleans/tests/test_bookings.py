from datetime import date

import pytest

from cottages.bookings import Booking, read_bookings


def test_cancelled_bookings_are_skipped(bookings):
    assert sorted(bookings) == ["B201", "B202", "D302", "D303", "H101", "H102"]
    assert bookings["H102"] == Booking("H102", "Hayloft", "Brown", date(2024, 6, 5), date(2024, 6, 8), 2)
    assert bookings["D302"].dogs == 0


def test_departure_must_be_after_arrival():
    with pytest.raises(ValueError, match="X1"):
        read_bookings("ref,cottage,guest,arrival,departure,dogs\nX1,Byre,Ng,2024-06-03,2024-06-03,0")
