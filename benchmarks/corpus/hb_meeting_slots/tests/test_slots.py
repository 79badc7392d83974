import pytest

from agenda.clock import format_minutes, to_minutes
from agenda.slots import first_common_slot, free_slots, merge_busy


def test_clock_round_trip():
    assert to_minutes("9:05") == 545
    assert format_minutes(545) == "09:05"


def test_merge_busy():
    assert merge_busy([("10:00", "11:00"), ("09:00", "10:30"), ("13:00", "13:30")]) == [(540, 660), (780, 810)]


def test_free_slots_around_a_meeting():
    slots = free_slots([("10:00", "11:00")], "09:00", "12:00", length=30, step=30)
    assert slots == ["09:00", "09:30", "11:00", "11:30"]


def test_slot_that_fills_the_day():
    assert free_slots([], "09:00", "10:00", length=60) == ["09:00"]


def test_first_common_slot():
    alice = [("09:00", "10:00")]
    bob = [("10:00", "10:45"), ("11:00", "12:00")]
    assert first_common_slot([alice, bob], length=15, step=15) == "10:45"


def test_bad_length():
    with pytest.raises(ValueError):
        free_slots([], length=0)
