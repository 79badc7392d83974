import pytest

from coworking.booking import Booking, minutes
from coworking.floor import DeskTaken


def span(start, end):
    return minutes(start), minutes(end)


def test_overlapping_booking_refused(floor):
    with pytest.raises(DeskTaken):
        floor.book(Booking.make("A1", "li", "12:00", "14:00"))


def test_free_desks(floor):
    assert floor.free_desks(*span("10:00", "11:00")) == ["B1"]


def test_desk_free_again_in_the_afternoon(floor):
    assert floor.is_free("A1", *span("12:30", "17:00"))
    floor.book(Booking.make("A1", "li", "13:00", "17:00"))
    assert floor.schedule("li") == [("A1", 780, 1020)]


def test_cancel(floor):
    assert floor.cancel("A2", "omar") == 1
    assert floor.free_desks(*span("10:00", "11:00")) == ["A2", "B1"]
