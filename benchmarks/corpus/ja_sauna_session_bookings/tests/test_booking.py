from datetime import date, datetime

import pytest

from sauna.booking import book, cancel, open_sessions
from sauna.sessions import week_of_sessions

MONDAY = datetime(2024, 11, 4)
EARLY = datetime(2024, 11, 4, 6, 0)


def starts(sessions):
    return [s.start.hour for s in sessions]


def test_public_see_open_sessions_only():
    sessions = week_of_sessions(MONDAY, [7, 12, 18])
    assert starts(open_sessions(sessions, date(2024, 11, 4), 2, False, EARLY)) == [12, 18]


def test_members_can_book_the_early_session():
    sessions = week_of_sessions(MONDAY, [7, 12, 18])
    assert starts(open_sessions(sessions, date(2024, 11, 4), 2, True, EARLY)) == [7, 12, 18]


def test_sessions_already_started_are_gone():
    sessions = week_of_sessions(MONDAY, [7, 12, 18])
    now = datetime(2024, 11, 4, 12, 10)
    assert starts(open_sessions(sessions, date(2024, 11, 4), 1, False, now)) == [18]


def test_full_session_is_not_offered():
    sessions = week_of_sessions(MONDAY, [7, 12, 18], capacity=6)
    book(sessions[1], "K22", 5)
    assert starts(open_sessions(sessions, date(2024, 11, 4), 2, False, EARLY)) == [18]
    assert starts(open_sessions(sessions, date(2024, 11, 4), 1, False, EARLY)) == [12, 18]


def test_book_and_cancel():
    session = week_of_sessions(MONDAY, [12])[0]
    book(session, "A1", 4)
    assert session.spaces_left() == 4
    assert cancel(session, "A1") == 4
    assert cancel(session, "A1") == 0


def test_party_too_big():
    session = week_of_sessions(MONDAY, [12], capacity=12)[0]
    with pytest.raises(ValueError):
        book(session, "A1", 7)


def test_double_booking_refused():
    session = week_of_sessions(MONDAY, [12])[0]
    book(session, "A1", 2)
    with pytest.raises(ValueError):
        book(session, "A1", 1)
