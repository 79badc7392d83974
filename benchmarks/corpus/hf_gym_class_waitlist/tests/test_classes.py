import pytest

from gym import FitnessClass


def test_book_until_full(spin, members):
    assert spin.book(members["Ana"]) == "booked"
    assert spin.book(members["Cyril"]) == "booked"
    assert spin.book(members["Emil"]) == "waitlisted #1"
    assert spin.spots_left == 0
    assert spin.roster() == ["Ana", "Cyril"]


def test_booking_twice(spin, members):
    spin.book(members["Ana"])
    assert spin.book(members["Ana"]) == "already booked"
    assert spin.roster() == ["Ana"]


def test_premium_members_wait_ahead(spin, members):
    for name in ["Ana", "Cyril", "Emil", "Ben"]:
        spin.book(members[name])
    assert [m.name for m in spin.waitlist] == ["Ben", "Emil"]


def test_cancel_from_the_waitlist(spin, members):
    for name in ["Ana", "Cyril", "Emil"]:
        spin.book(members[name])
    assert spin.cancel(members["Emil"].id) is None
    assert spin.waitlist == []


def test_cancel_gives_the_place_to_the_first_waiting(spin, members):
    for name in ["Ana", "Cyril", "Emil", "Ben"]:
        spin.book(members[name])
    assert spin.cancel(members["Ana"].id) == members["Ben"]


def test_promoted_member_is_on_the_roster(spin, members):
    for name in ["Ana", "Cyril", "Emil"]:
        spin.book(members[name])
    spin.cancel(members["Cyril"].id)
    assert spin.roster() == ["Ana", "Emil"]
    assert spin.waitlist == []
    assert spin.spots_left == 0


def test_cancel_unknown_member(spin):
    with pytest.raises(KeyError):
        spin.cancel(99)


def test_class_needs_a_place():
    with pytest.raises(ValueError):
        FitnessClass("Empty", 0)
