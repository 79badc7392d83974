from datetime import date

import pytest

from hallbook.charges import charge
from hallbook.hall import BookingError

SATURDAY = date(2024, 6, 15)
MONDAY = date(2024, 6, 17)


def test_clash_is_refused(hall):
    with pytest.raises(BookingError):
        hall.book("Yoga", "main hall", SATURDAY, 10, 12)


def test_other_room_is_free(hall):
    assert hall.is_free("kitchen", SATURDAY, 9, 11)


def test_other_day_is_free(hall):
    assert hall.is_free("main hall", MONDAY, 9, 11)


def test_outside_opening_hours(hall):
    with pytest.raises(BookingError):
        hall.book("Disco", "main hall", MONDAY, 20, 23)


def test_back_to_back_bookings(hall):
    hall.book("Lunch club", "main hall", SATURDAY, 11, 14)
    assert hall.day_sheet(SATURDAY) == [
        "09-11 main hall: Toddler group",
        "10-12 small room: Slimming club",
        "11-14 main hall: Lunch club",
        "14-17 main hall: Birthday party",
    ]


def test_weekend_charge(hall):
    party = hall.bookings[2]
    assert charge(party) == 90.00
    assert charge(party, charity=True) == 45.00
