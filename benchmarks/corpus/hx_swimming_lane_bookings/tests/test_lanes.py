from datetime import time

import pytest

from pool.lanes import LaneSheet


def test_book_lowest_free_lane():
    sheet = LaneSheet(lanes=4)
    assert sheet.book("Otters", "18:00", "19:00").lane == 1
    assert sheet.book("Tri club", "18:30", "20:00").lane == 2


def test_free_lanes_around_a_booking():
    sheet = LaneSheet(lanes=6)
    sheet.book("Otters", "18:00", "19:00", lane=3)
    assert sheet.free_lanes(time(18, 30), time(19, 30)) == [1, 2, 4, 5, 6]
    assert sheet.free_lanes(time(7, 0), time(8, 0)) == [1, 2, 3, 4, 5, 6]


def test_back_to_back_bookings_on_one_lane():
    sheet = LaneSheet(lanes=2)
    sheet.book("St Mary's school", "9:00", "10:00", lane=1)
    assert sheet.book("Aquafit", "10:00", "10:45", lane=1).lane == 1


def test_lane_already_taken():
    sheet = LaneSheet(lanes=2)
    sheet.book("Otters", "18:00", "19:00", lane=2)
    with pytest.raises(LookupError):
        sheet.book("Masters", "18:45", "19:30", lane=2)


def test_outside_opening_hours():
    sheet = LaneSheet(opens="7:00", closes="20:00")
    with pytest.raises(ValueError):
        sheet.book("Masters", "6:30", "7:30")
    with pytest.raises(ValueError):
        sheet.book("Masters", "19:30", "20:30")


def test_minutes_by_club():
    sheet = LaneSheet(lanes=3)
    sheet.book("Otters", "17:00", "18:00", lane=1)
    sheet.book("Otters", "17:30", "18:15", lane=2)
    sheet.book("Masters", "6:30", "7:30", lane=1)
    assert sheet.minutes_by_club() == {"Otters": 105, "Masters": 60}
