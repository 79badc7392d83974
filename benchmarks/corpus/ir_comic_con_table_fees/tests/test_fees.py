from datetime import date

import pytest

from bookings import Booking, Convention
from fees import table_fee, tables_left, takings

CON = Convention("Harbour Comic Con", opens=date(2024, 6, 15), early_bird=date(2024, 3, 31), tables=40)
LATE = date(2024, 5, 1)


def test_one_table():
    assert table_fee(Booking("Sam Reyes", LATE, 1), CON) == 60.00


def test_two_tables_with_power():
    assert table_fee(Booking("Inkwell Comics", LATE, 2, power=True), CON) == 130.00


def test_third_table_is_cheaper():
    assert table_fee(Booking("Big Panel Press", LATE, 3), CON) == 160.00


def test_early_bird():
    booking = Booking("Inkwell Comics", date(2024, 3, 2), 2, power=True)
    assert table_fee(booking, CON) == pytest.approx(102.00 + 10.00)


def test_early_bird_last_day():
    assert table_fee(Booking("Sam Reyes", date(2024, 3, 31), 1), CON) == 51.00


def test_charity_tables_are_free():
    assert table_fee(Booking("Kids Art Trust", LATE, 1, power=True, charity=True), CON) == 0.0


def test_takings_and_tables_left():
    bookings = [
        Booking("Sam Reyes", LATE, 1),
        Booking("Inkwell Comics", LATE, 2, power=True),
        Booking("Kids Art Trust", LATE, 1, charity=True),
    ]
    assert takings(bookings, CON) == 190.00
    assert tables_left(bookings, CON) == 36
