from datetime import date

import pytest

from forgecourse.bookings import Booking, book, pay, places_left, to_chase
from forgecourse.courses import Course

HOOKS = Course("HOOK-0511", "Hooks and hangers", date(2024, 5, 11), 6, 165)
TODAY = date(2024, 4, 2)


def test_empty_course():
    assert places_left(HOOKS, [], TODAY) == 6


def test_bookings_take_places():
    bookings = [Booking("A1", "HOOK-0511", 2, "paid"), Booking("A2", "HOOK-0511", 1, "held", date(2024, 4, 5))]
    bookings.append(Booking("A3", "KNIFE-0518", 3, "paid"))
    assert places_left(HOOKS, bookings, TODAY) == 3


def test_cancelled_booking_frees_its_places():
    bookings = [Booking("A1", "HOOK-0511", 2, "cancelled"), Booking("A2", "HOOK-0511", 1, "paid")]
    assert places_left(HOOKS, bookings, TODAY) == 5


def test_hold_keeps_places_until_its_last_day():
    bookings = [Booking("A1", "HOOK-0511", 4, "held", date(2024, 4, 2))]
    assert places_left(HOOKS, bookings, TODAY) == 2


def test_lapsed_hold_lets_places_go():
    bookings = [Booking("A1", "HOOK-0511", 4, "held", date(2024, 3, 30)), Booking("A2", "HOOK-0511", 1, "paid")]
    assert to_chase(bookings, TODAY) == ["A1"]
    assert places_left(HOOKS, bookings, TODAY) == 5


def test_book_and_pay():
    bookings = []
    booking = book(HOOKS, bookings, "B7", 2, TODAY)
    assert booking.hold_until == date(2024, 4, 9)
    pay(bookings, "B7")
    assert bookings == [Booking("B7", "HOOK-0511", 2, "paid", None)]


def test_course_full():
    bookings = [Booking("A1", "HOOK-0511", 5, "paid")]
    with pytest.raises(ValueError, match="not enough places"):
        book(HOOKS, bookings, "B8", 2, TODAY)
