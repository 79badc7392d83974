from datetime import time

import pytest

from bookings import Booking, clashes, free_starts, hours_booked, parse_booking


def test_parse_booking():
    assert parse_booking("lane 2 18:00-19:30 Hen party") == Booking(2, time(18, 0), time(19, 30), "Hen party")


@pytest.mark.parametrize("text", ["lane 7 18:00-19:00 Stag", "lane 2 19:00-18:00 Stag", "table 2 18:00-19:00 Stag"])
def test_bad_bookings(text):
    with pytest.raises(ValueError):
        parse_booking(text)


def test_overlapping_booking_clashes(friday):
    new = parse_booking("lane 1 17:30-18:30 Team building")
    assert [b.party for b in clashes(friday, new)] == ["Hen party (Sophie)"]


def test_other_lanes_do_not_clash(friday):
    assert clashes(friday, parse_booking("lane 4 18:00-19:30 Team building")) == []


def test_back_to_back_bookings_do_not_clash(friday):
    assert clashes(friday, parse_booking("lane 2 18:00-19:00 Stag do")) == []


def test_free_starts_on_an_empty_lane(friday):
    starts = free_starts(friday, 4, 120)
    assert starts[0] == time(12, 0)
    assert starts[-1] == time(20, 0)
    assert len(starts) == 17


def test_hours_booked(friday):
    assert hours_booked(friday) == {1: 4.0, 2: 1.0, 3: 2.0, 4: 0.0}
