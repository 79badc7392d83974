import pytest

from bookings import book, busiest, places_left


def test_book_until_full():
    slots = {}
    assert book(slots, "10:00", 40)
    assert places_left(slots, "10:00") == 20
    assert not book(slots, "10:00", 21)
    assert book(slots, "10:00", 20)
    assert places_left(slots, "10:00") == 0
    assert places_left(slots, "10:30") == 60


def test_empty_party():
    with pytest.raises(ValueError):
        book({}, "10:00", 0)


def test_busiest():
    assert busiest({}) is None
    assert busiest({"11:00": [4, 5], "10:30": [9], "12:00": [2]}) == "10:30"
