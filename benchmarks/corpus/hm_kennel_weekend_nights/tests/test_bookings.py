from datetime import date

import pytest

from kennel.bookings import Booking, fits, nights_of, occupancy


def test_nights_of():
    stay = Booking("Biscuit", "small", date(2024, 6, 3), date(2024, 6, 5))
    assert nights_of(stay) == [date(2024, 6, 3), date(2024, 6, 4)]


def test_no_empty_stays():
    with pytest.raises(ValueError):
        Booking("Biscuit", "small", date(2024, 6, 3), date(2024, 6, 3))


def test_fits():
    bookings = [
        Booking("Biscuit", "small", date(2024, 6, 3), date(2024, 6, 5)),
        Booking("Rolo", "large", date(2024, 6, 4), date(2024, 6, 6)),
    ]
    assert occupancy(bookings)[date(2024, 6, 4)] == 2
    assert not fits(bookings, Booking("Pip", "medium", date(2024, 6, 4), date(2024, 6, 5)), runs=2)
    assert fits(bookings, Booking("Pip", "medium", date(2024, 6, 5), date(2024, 6, 7)), runs=2)
