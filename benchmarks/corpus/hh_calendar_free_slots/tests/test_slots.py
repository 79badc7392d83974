from agenda.models import minutes
from agenda.slots import common_free_time, free_slots


def test_free_slots():
    assert free_slots([(600, 660), (780, 840)], 540, 1020, 30) == [(540, 600), (660, 780), (840, 1020)]


def test_minutes():
    assert minutes("09:30") == 570


def test_common_free_time(tuesday):
    assert common_free_time(tuesday, {"ana", "ben"}, 60) == ["11:30-12:30", "13:30-15:00", "16:00-17:00"]


def test_overlapping_meetings(tuesday):
    assert common_free_time(tuesday, {"cy"}, 45) == ["11:30-17:00"]
