from datetime import date

import pytest

from motbook.diary import Booking, book, free_slots

FRIDAY = date(2024, 5, 17)


def test_empty_day():
    slots = free_slots([], FRIDAY)
    assert slots[0] == ("08:30", 1)
    assert slots[-1] == ("16:15", 1)
    assert len(slots) == 32


def test_second_bay_used_when_first_is_taken():
    bookings = []
    book(bookings, "yx15 abc", FRIDAY, "09:00")
    second = book(bookings, "ab66 kln", FRIDAY, "09:15")
    assert (second.registration, second.bay) == ("AB66KLN", 2)


def test_both_bays_taken():
    bookings = [Booking("YX15ABC", 1, FRIDAY, 540, 585), Booking("AB66KLN", 2, FRIDAY, 540, 585)]
    with pytest.raises(ValueError):
        book(bookings, "LK09PPP", FRIDAY, "09:30")


def test_cancelled_test_frees_the_bay():
    bookings = [Booking("YX15ABC", 1, FRIDAY, 510, 555, cancelled=True)]
    assert free_slots(bookings, FRIDAY)[0] == ("08:30", 1)


def test_bay_free_again_after_a_test():
    bookings = [Booking("YX15ABC", 1, FRIDAY, 510, 555)]
    assert ("09:15", 1) in free_slots(bookings, FRIDAY)


def test_book_later_the_same_morning():
    bookings = []
    book(bookings, "YX15ABC", FRIDAY, "08:30")
    later = book(bookings, "AB66KLN", FRIDAY, "11:00")
    assert later.bay == 1


def test_outside_opening_hours():
    with pytest.raises(ValueError):
        book([], "YX15ABC", FRIDAY, "16:30")
