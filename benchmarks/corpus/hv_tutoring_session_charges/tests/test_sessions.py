from datetime import datetime

from tutoring.sessions import Session


def test_read_sessions(sessions):
    assert len(sessions) == 5
    assert sessions[1] == Session("Tom Reid", datetime(2024, 4, 9, 17, 30), 45, datetime(2024, 4, 9, 9, 10))
    assert sessions[0].cancelled_at is None
