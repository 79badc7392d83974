from datetime import datetime

from sauna.sessions import Session, week_of_sessions

MONDAY = datetime(2024, 11, 4)


def test_week_has_every_session():
    sessions = week_of_sessions(MONDAY, [7, 12, 18])
    assert len(sessions) == 21
    assert sessions[-1].start == datetime(2024, 11, 10, 18, 0)


def test_first_session_of_the_day_is_for_members():
    sessions = week_of_sessions(MONDAY, [7, 12, 18])
    assert [s.members_only for s in sessions[:3]] == [True, False, False]


def test_spaces_left_counts_every_booking():
    session = Session(datetime(2024, 11, 4, 12), 90, 8, booked={"A1": 2, "B7": 3})
    assert session.spaces_left() == 3


def test_label():
    session = Session(datetime(2024, 11, 4, 7), 90, 8, members_only=True)
    assert session.label() == "Mon 07:00 (90 min, members)"
    assert session.end == datetime(2024, 11, 4, 8, 30)
