from datetime import date

import pytest

from innkeeper import RoomTaken


def test_overlapping_stay_is_refused(hotel):
    with pytest.raises(RoomTaken):
        hotel.book("Mr Brandt", "101", date(2024, 3, 6), date(2024, 3, 9))


def test_next_guest_can_arrive_on_check_out_day(hotel):
    hotel.book("Mr Brandt", "101", date(2024, 3, 7), date(2024, 3, 9))
    assert len(hotel.bookings) == 2


def test_free_rooms(hotel):
    assert hotel.free_rooms(date(2024, 3, 5), date(2024, 3, 6)) == ["102", "201"]


def test_unknown_room(hotel):
    with pytest.raises(KeyError):
        hotel.book("Mr Brandt", "999", date(2024, 3, 5), date(2024, 3, 6))


def test_weekday_price(hotel):
    assert hotel.price(hotel.bookings[0]) == 240.0
