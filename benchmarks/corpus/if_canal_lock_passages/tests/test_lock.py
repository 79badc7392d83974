import pytest

from canal.boats import DOWN, UP, Boat, narrowboat, widebeam
from canal.lock import Lock


def make_lock():
    return Lock("Hatton 21", length=22.0, beam=2.2)


def test_two_short_boats_share_the_chamber():
    lock = make_lock()
    lock.arrive(narrowboat("Kingfisher", 10.0, UP))
    lock.arrive(narrowboat("Dunlin", 11.5, UP))
    assert lock.next_passage(UP) == ["Kingfisher", "Dunlin"]
    assert lock.waiting == []
    assert lock.passages == 1


def test_only_boats_heading_that_way():
    lock = make_lock()
    lock.arrive(narrowboat("Kingfisher", 10.0, DOWN))
    lock.arrive(narrowboat("Dunlin", 11.5, UP))
    assert lock.next_passage(UP) == ["Dunlin"]
    assert lock.waiting_count(DOWN) == 1


def test_long_boat_waits_for_next_passage():
    lock = make_lock()
    lock.arrive(narrowboat("Kingfisher", 12.0, UP))
    lock.arrive(narrowboat("Old Oak", 18.0, UP))
    lock.arrive(narrowboat("Tiddler", 6.0, UP))
    assert lock.next_passage(UP) == ["Kingfisher", "Tiddler"]
    assert lock.next_passage(UP) == ["Old Oak"]
    assert lock.passages == 2


def test_widebeam_cannot_use_a_narrow_lock():
    lock = make_lock()
    lock.arrive(widebeam("Big Bertha", 15.0, DOWN))
    lock.arrive(narrowboat("Heron", 14.0, DOWN))
    assert lock.next_passage(DOWN) == ["Heron"]
    assert [boat.name for boat in lock.waiting] == ["Big Bertha"]


def test_empty_passage_is_not_counted():
    lock = make_lock()
    assert lock.next_passage(UP) == []
    assert lock.passages == 0


def test_unknown_heading():
    with pytest.raises(ValueError):
        make_lock().arrive(Boat("Lost", 10.0, 2.0, "sideways"))
