import pytest


def test_small_kite_can_fly_in_any_slot(arena, flyers):
    assert arena.open_slots(flyers["Tom"]) == ["10:00", "11:30", "13:00", "14:30"]


def test_giant_kites_only_in_giant_sessions(arena, flyers):
    assert arena.open_slots(flyers["Maggie"]) == ["11:30", "14:30"]
    with pytest.raises(ValueError):
        arena.book(flyers["Maggie"], "10:00")


def test_full_slot_is_not_offered(arena, flyers):
    arena.book(flyers["Maggie"], "14:30")
    assert "14:30" not in arena.open_slots(flyers["Tom"])


def test_flyer_is_not_offered_a_slot_they_have(arena, flyers):
    arena.book(flyers["Asha"], "13:00")
    assert arena.open_slots(flyers["Asha"]) == ["10:00", "11:30", "14:30"]
    assert "13:00" in arena.open_slots(flyers["Des"])


def test_booking_the_same_slot_twice(arena, flyers):
    arena.book(flyers["Des"], "10:00")
    with pytest.raises(ValueError):
        arena.book(flyers["Des"], "10:00")


def test_timetable(arena, flyers):
    arena.book(flyers["Tom"], "10:00")
    arena.book(flyers["Asha"], "10:00")
    arena.book(flyers["Maggie"], "11:30")
    arena.cancel(flyers["Tom"], "10:00")
    assert arena.timetable() == [
        "10:00: Asha Patel",
        "11:30 (giant kites): Maggie Hollis",
        "13:00: -",
        "14:30 (giant kites): -",
    ]
