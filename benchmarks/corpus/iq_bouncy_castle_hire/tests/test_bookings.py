from datetime import date

import pytest

from bouncy.bookings import AlreadyBooked, Booking, HireBook
from bouncy.inventory import load_catalogue

SHEET = """
C1, Pirate Ship Castle, 85, indoor, blower
C2, Jungle Slide, 120, outdoor, blower
S1, Sumo Suits, 60, indoor, -
"""

SAT = date(2024, 6, 8)
SUN = date(2024, 6, 9)


@pytest.fixture
def diary():
    return HireBook(load_catalogue(SHEET))


def test_everything_free_in_an_empty_diary(diary):
    assert diary.available_on(SAT) == ["C1", "C2", "S1"]


def test_slide_cannot_go_indoors(diary):
    assert diary.available_on(SAT, indoor=True) == ["C1", "S1"]


def test_booked_item_is_not_available_that_day(diary):
    diary.book(Booking("C1", SAT, "Hughes"))
    assert diary.available_on(SAT) == ["C2", "S1"]


def test_double_booking_refused(diary):
    diary.book(Booking("C2", SAT, "Hughes"))
    with pytest.raises(AlreadyBooked):
        diary.book(Booking("C2", SAT, "Patel"))


def test_castle_can_go_out_saturday_and_sunday(diary):
    diary.book(Booking("C1", SAT, "Hughes"))
    diary.book(Booking("C1", SUN, "Patel"))
    assert [b.customer for b in diary.bookings] == ["Hughes", "Patel"]


def test_quote_adds_delivery_beyond_ten_miles(diary):
    assert diary.quote(Booking("C1", SAT, "Hughes", miles=4)) == 85.0
    assert diary.quote(Booking("C1", SAT, "Hughes", miles=16)) == 94.0


def test_day_sheet(diary):
    diary.book(Booking("S1", SAT, "Okafor"))
    diary.book(Booking("C1", SAT, "Hughes"))
    diary.book(Booking("C2", SUN, "Hughes"))
    assert diary.day_sheet(SAT) == [("Hughes", "Pirate Ship Castle", True), ("Okafor", "Sumo Suits", False)]
