from datetime import date

import pytest

from innkeeper import Booking


def test_check_out_after_check_in():
    with pytest.raises(ValueError):
        Booking("Mr Brandt", "101", date(2024, 3, 5), date(2024, 3, 5))


def test_nights():
    stay = Booking("Mr Brandt", "101", date(2024, 3, 4), date(2024, 3, 6))
    assert stay.nights() == [date(2024, 3, 4), date(2024, 3, 5)]


def test_other_room_does_not_overlap():
    a = Booking("a", "101", date(2024, 3, 4), date(2024, 3, 6))
    b = Booking("b", "102", date(2024, 3, 4), date(2024, 3, 6))
    assert not a.overlaps(b)
