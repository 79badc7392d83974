from datetime import date

from bookings import book, free_pitches
from pitches import Booking, Pitch, pitch_fee

SAT = date(2024, 6, 8)
NEXT_SAT = date(2024, 6, 15)
PITCHES = [Pitch(1), Pitch(2, covered=True), Pitch(3, power=True), Pitch(4, covered=True, power=True)]


def test_all_free_on_an_empty_day():
    assert free_pitches(PITCHES, [], SAT) == [1, 2, 3, 4]


def test_booked_pitch_is_not_free():
    bookings = [Booking("Hill Farm Eggs", 2, SAT)]
    assert free_pitches(PITCHES, bookings, SAT) == [1, 3, 4]


def test_other_days_bookings_do_not_count():
    bookings = [Booking("Hill Farm Eggs", 2, NEXT_SAT)]
    assert free_pitches(PITCHES, bookings, SAT, wants_cover=True) == [2, 4]


def test_cancelled_booking_frees_the_pitch():
    bookings = [Booking("Cheese Hut", 3, SAT, cancelled=True), Booking("Bread Co", 1, SAT)]
    assert free_pitches(PITCHES, bookings, SAT) == [2, 3, 4]


def test_coffee_van_needs_power():
    bookings = []
    first = book(PITCHES, bookings, "Bean There", SAT, needs_power=True)
    second = book(PITCHES, bookings, "Steam Punks", SAT, needs_power=True)
    third = book(PITCHES, bookings, "Brew Bros", SAT, needs_power=True)
    assert (first.pitch, second.pitch, third) == (3, 4, None)


def test_fees():
    assert [pitch_fee(p) for p in PITCHES] == [18.0, 25.5, 22.0, 29.5]
