import pytest

from laundrette.bookings import BookingError


def test_book_a_free_washer(sheet):
    booking = sheet.book("W3", "Lena", 10, 55)
    assert (booking.machine, booking.start, booking.end) == ("W3", 10, 55)


def test_back_to_back_is_fine(sheet):
    sheet.book("W1", "Lena", 45, 90)
    assert sheet.is_free("W1", 90, 120)


def test_booking_inside_another_is_refused(sheet):
    with pytest.raises(BookingError):
        sheet.book("W2", "Lena", 40, 60)


def test_booking_that_starts_during_another_is_refused(sheet):
    with pytest.raises(BookingError):
        sheet.book("D1", "Lena", 100, 160)


def test_free_washers_mid_morning(sheet):
    assert sheet.free_machines("W", 20, 60) == ["W3", "W4"]
    assert sheet.free_machines("D", 20, 60) == ["D2"]


def test_unknown_machine(sheet):
    with pytest.raises(BookingError):
        sheet.book("W9", "Lena", 0, 30)


def test_cancel(sheet):
    assert sheet.cancel("Mrs Okafor") == 2
    assert sheet.free_machines("D", 0, 200) == ["D1", "D2"]
