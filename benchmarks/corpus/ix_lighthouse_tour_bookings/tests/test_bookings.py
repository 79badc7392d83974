from datetime import date, datetime

import pytest

from lighthouse.bookings import BookingRefused, book, refusal, suggest
from lighthouse.tours import Booking, Tour, day_of_tours

DAY = date(2024, 6, 12)
MORNING = datetime(2024, 6, 12, 9, 0)


def tours():
    return day_of_tours(DAY, ["10:30", "12:00", "14:00"], capacity=8, cottage_only=("12:00",))


def test_book_a_family():
    tour = tours()[0]
    book(tour, Booking("Jones", 4, 11), MORNING)
    assert tour.places_left() == 4


def test_party_too_big():
    assert refusal(tours()[0], Booking("Scouts", 7, 12), MORNING) == "party size"


def test_booking_closes_a_quarter_hour_before():
    tour = tours()[0]
    assert refusal(tour, Booking("Late", 2, 40), datetime(2024, 6, 12, 10, 15)) is None
    assert refusal(tour, Booking("Late", 2, 40), datetime(2024, 6, 12, 10, 16)) == "booking closed"


def test_not_enough_places():
    tour = tours()[0]
    book(tour, Booking("Jones", 6, 11), MORNING)
    with pytest.raises(BookingRefused, match="not enough places"):
        book(tour, Booking("Price", 3, 35), MORNING)


def test_small_children_cannot_climb_the_tower():
    assert refusal(tours()[0], Booking("Morgan", 3, 5), MORNING) == "too young for the tower"


def test_small_children_can_join_a_cottage_tour():
    cottage = tours()[1]
    book(cottage, Booking("Morgan", 3, 5), MORNING)
    assert cottage.places_taken() == 3


def test_suggest_skips_full_tours():
    day = tours()
    book(day[0], Booking("Jones", 6, 11), MORNING)
    assert suggest(day, Booking("Price", 4, 35), MORNING) == ["0612-1200", "0612-1400"]
