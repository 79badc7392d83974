from datetime import date

import pytest

from courts import BookingError

TUESDAY = date(2024, 10, 8)
SATURDAY = date(2024, 10, 12)


def test_first_booking_gets_court_one(sheet):
    assert sheet.book("Ana", TUESDAY, 10, 1).court == 1


def test_overlapping_booking_gets_the_next_court(sheet):
    sheet.book("Ana", TUESDAY, 10, 2)
    assert sheet.book("Ben", TUESDAY, 11, 1).court == 2
    assert sheet.book("Cat", TUESDAY, 12, 1).court == 1


def test_club_night_leaves_two_courts(club_night):
    assert club_night.free_courts(TUESDAY, 20, 1) == [3, 4]
    assert club_night.free_courts(TUESDAY, 18, 1) == [1, 2, 3, 4]


def test_full_hall(club_night):
    club_night.book("Dee", TUESDAY, 20, 1)
    club_night.book("Eve", TUESDAY, 20, 1)
    with pytest.raises(BookingError):
        club_night.book("Fay", TUESDAY, 20, 1)


def test_outside_opening_hours(sheet):
    with pytest.raises(BookingError):
        sheet.book("Ana", TUESDAY, 21, 2)


def test_quote_off_peak(sheet):
    assert sheet.quote(TUESDAY, 10, 2) == 19.00


def test_quote_saturday_member(sheet):
    assert sheet.quote(SATURDAY, 10, 1, member=True) == 11.20


def test_quote_running_into_the_evening(sheet):
    assert sheet.quote(TUESDAY, 16, 2) == 23.50


def test_cancel_frees_the_court(sheet):
    booking = sheet.book("Ana", TUESDAY, 10, 1)
    sheet.cancel(booking)
    assert sheet.free_courts(TUESDAY, 10, 1) == [1, 2, 3, 4]


def test_club_night_takings(club_night):
    assert club_night.takings(TUESDAY) == 67.20
