from datetime import date

import pytest

from charter import Trip


def test_unknown_kind():
    with pytest.raises(ValueError):
        Trip(date(2024, 7, 6), "Sea Spray", "shark", rods=6)


def test_cancel_unknown_name(trips):
    with pytest.raises(KeyError):
        trips[0].cancel("Gary")


def test_cancel_marks_the_booking(trips):
    trips[1].cancel("Dev")
    assert [(b.name, b.cancelled) for b in trips[1].bookings] == [("Gary", False), ("Dev", True)]
