from datetime import date, datetime

import pytest

from salon.booking import Booking, FullyBooked, book, next_appointment
from salon.hours import Salon

TUESDAY = date(2024, 5, 14)


def at(day, hour, minute=0):
    return datetime(day.year, day.month, day.day, hour, minute)


@pytest.fixture
def salon():
    return Salon()


@pytest.fixture
def diary():
    booked = []
    book(booked, at(TUESDAY, 9, 30), "gel manicure", "Priya")
    book(booked, at(TUESDAY, 10, 30), "pedicure", "Jo")
    book(booked, at(TUESDAY, 11, 45), "acrylic full set", "Mel")
    return booked


def test_empty_diary_gives_opening_time(salon):
    assert next_appointment(salon, [], "gel manicure", at(TUESDAY, 8)) == at(TUESDAY, 9, 30)


def test_asking_during_the_day(salon):
    assert next_appointment(salon, [], "pedicure", at(TUESDAY, 14, 15)) == at(TUESDAY, 14, 15)


def test_first_gap_long_enough(salon, diary):
    # 11:15 to 11:45 is free, but too short for a pedicure
    assert next_appointment(salon, diary, "gel removal", at(TUESDAY, 8)) == at(TUESDAY, 11, 15)
    assert next_appointment(salon, diary, "pedicure", at(TUESDAY, 8)) == at(TUESDAY, 13, 15)


def test_asking_after_the_morning_bookings(salon, diary):
    assert next_appointment(salon, diary, "gel manicure", at(TUESDAY, 12)) == at(TUESDAY, 13, 15)


def test_too_late_today_goes_to_the_next_open_day(salon):
    assert next_appointment(salon, [], "acrylic full set", at(TUESDAY, 17)) == at(date(2024, 5, 15), 9, 30)


def test_closed_on_sunday_and_monday(salon):
    saturday = date(2024, 5, 18)
    assert next_appointment(salon, [], "gel manicure", at(saturday, 17, 30)) == at(date(2024, 5, 21), 9, 30)


def test_holidays_are_skipped():
    salon = Salon(holidays={TUESDAY})
    assert next_appointment(salon, [], "gel manicure", at(TUESDAY, 8)) == at(date(2024, 5, 15), 9, 30)


def test_fully_booked():
    salon = Salon(closed_weekdays=set(range(7)))
    with pytest.raises(FullyBooked):
        next_appointment(salon, [], "pedicure", at(TUESDAY, 8))


def test_double_booking_is_refused(diary):
    with pytest.raises(ValueError):
        book(diary, at(TUESDAY, 11), "gel removal", "Sam")
    assert len(diary) == 3
