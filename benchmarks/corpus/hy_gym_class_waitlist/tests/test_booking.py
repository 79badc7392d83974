import pytest

from gymdesk.booking import ClassSession
from gymdesk.members import Member

ANA = Member("m1", "Ana")
BEN = Member("m2", "Ben", "premium")
CAS = Member("m3", "Cas")
DEV = Member("m4", "Dev")


def test_books_until_full_then_waitlists():
    spin = ClassSession("Spin", 2)
    assert spin.book(ANA) == "booked"
    assert spin.book(BEN) == "booked"
    assert spin.book(CAS) == "waitlisted"
    assert spin.places_left() == 0
    assert spin.position("m3") == 1


def test_suspended_member_is_refused():
    yoga = ClassSession("Yoga", 5)
    assert yoga.book(Member("m9", "Sam", "suspended")) == "refused"
    assert yoga.attendees == []


def test_booking_twice():
    yoga = ClassSession("Yoga", 5)
    yoga.book(ANA)
    assert yoga.book(ANA) == "already booked"
    assert yoga.attendees == ["m1"]


def test_waiting_member_asks_again():
    spin = ClassSession("Spin", 1)
    spin.book(ANA)
    spin.book(BEN)
    spin.book(CAS)
    assert spin.book(BEN) == "already booked"
    assert spin.waitlist == ["m2", "m3"]


def test_cancel_promotes_first_waiting():
    spin = ClassSession("Spin", 1)
    spin.book(ANA)
    spin.book(BEN)
    spin.book(CAS)
    assert spin.cancel("m1") == "m2"
    assert spin.attendees == ["m2"]
    assert spin.position("m3") == 1


def test_cancel_unknown_member():
    spin = ClassSession("Spin", 1)
    with pytest.raises(KeyError):
        spin.cancel("m7")
