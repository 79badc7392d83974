import pytest

from bounce.clock import Hours
from bounce.sessions import book, bookable_sessions

WEEKDAY = Hours.parse("10:00-18:00")
TODDLER_MORNING = Hours.parse("09:30-11:00")


def test_open_jump_on_the_hour():
    sessions = bookable_sessions(WEEKDAY, {})
    assert [start for start, _ in sessions] == [
        "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00",
    ]
    assert all(left == 40 for _, left in sessions)


def test_places_left_and_full_sessions():
    sessions = dict(bookable_sessions(WEEKDAY, {"11:00": 40, "12:00": 33}))
    assert "11:00" not in sessions
    assert sessions["12:00"] == 7


def test_toddler_sessions_run_back_to_back():
    sessions = bookable_sessions(TODDLER_MORNING, {}, "toddler", length=45, changeover=0)
    assert sessions == [("09:30", 15), ("10:15", 15)]


def test_book_a_party():
    booked = book(WEEKDAY, {"14:00": 30}, "14:00", 6)
    assert booked == {"14:00": 36}


def test_book_too_many():
    with pytest.raises(ValueError):
        book(WEEKDAY, {"14:00": 30}, "14:00", 11)


def test_book_the_last_toddler_session():
    booked = book(TODDLER_MORNING, {"09:30": 12}, "10:15", 4, kind="toddler")
    assert booked == {"09:30": 12, "10:15": 4}
