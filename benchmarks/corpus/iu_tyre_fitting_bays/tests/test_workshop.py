from datetime import datetime, timedelta

import pytest

from tyrebay.workshop import FullyBooked, Workshop, job_length

MONDAY = datetime(2024, 11, 4, 9, 0)


def test_job_length():
    assert job_length(4) == timedelta(minutes=70)
    assert job_length(1) == timedelta(minutes=25)


def test_first_job_of_the_day():
    booking = Workshop(bays=2).book("ab12 cde", 4, MONDAY)
    assert (booking.reg, booking.bay, booking.start, booking.end) == ("AB12CDE", 1, MONDAY, MONDAY + timedelta(minutes=70))


def test_later_start_when_the_bay_is_free():
    shop = Workshop(bays=1)
    shop.book("AB12CDE", 2, MONDAY)
    assert shop.next_slot(2, MONDAY.replace(hour=11)) == (1, MONDAY.replace(hour=11))


def test_second_car_goes_in_the_other_bay():
    shop = Workshop(bays=2)
    shop.book("AB12CDE", 4, MONDAY)
    assert shop.next_slot(2, MONDAY) == (2, MONDAY)


def test_waits_for_the_bay_to_clear():
    shop = Workshop(bays=1)
    shop.book("AB12CDE", 4, MONDAY)
    assert shop.next_slot(1, MONDAY) == (1, MONDAY.replace(hour=10, minute=10))


def test_job_must_finish_by_closing():
    with pytest.raises(FullyBooked):
        Workshop(bays=2).next_slot(2, MONDAY.replace(hour=17))


def test_day_sheet():
    shop = Workshop(bays=2)
    shop.book("ab12 cde", 4, MONDAY.replace(hour=8, minute=30))
    shop.book("YX70 ABC", 1, MONDAY.replace(hour=14))
    shop.book("GF19 KLM", 2, MONDAY + timedelta(days=1))
    assert shop.day_sheet(MONDAY) == [("08:30", 1, "AB12CDE"), ("14:00", 1, "YX70ABC")]
