import pytest

from courts.sheet import BookingError, DaySheet


def test_book_and_free_courts():
    sheet = DaySheet(courts=3)
    sheet.book(1, "09:00", "10:00", "ana")
    assert sheet.free_courts("09:30", "10:30") == [2, 3]
    assert sheet.lines() == ["court 1 09:00-10:00 ana"]


def test_overlapping_booking_refused():
    sheet = DaySheet(courts=2)
    sheet.book(1, "09:00", "11:00", "ana")
    with pytest.raises(BookingError):
        sheet.book(1, "10:00", "12:00", "ben")
    sheet.book(2, "10:00", "12:00", "ben")


def test_back_to_back_bookings():
    sheet = DaySheet(courts=2)
    sheet.book(2, "18:00", "19:00", "cleo")
    sheet.book(2, "19:00", "20:00", "dev")
    assert len(sheet.bookings) == 2


def test_morning_booking_leaves_evening_free():
    sheet = DaySheet(courts=3)
    sheet.book(1, "08:00", "09:00", "ana")
    assert sheet.free_courts("17:00", "18:00") == [1, 2, 3]


def test_outside_opening_hours():
    sheet = DaySheet(courts=1)
    with pytest.raises(BookingError):
        sheet.book(1, "06:30", "07:30", "ana")
    with pytest.raises(BookingError):
        sheet.book(1, "21:00", "22:30", "ana")


def test_cancel():
    sheet = DaySheet(courts=2)
    sheet.book(1, "09:00", "10:00", "ana")
    sheet.book(2, "09:00", "10:00", "ben")
    sheet.book(1, "12:00", "13:00", "ana")
    assert sheet.cancel("ana") == 2
    assert sheet.free_courts("09:00", "13:00") == [1]
