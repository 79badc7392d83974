from tidemill.flour import day_sessions, flour_kg, read_log

LOG = """time,rpm
10:00,6.5
10:01,7.5
10:02,8.0
"""


def test_read_log():
    assert read_log(LOG) == [(600, 6.5), (601, 7.5), (602, 8.0)]


def test_flour_for_a_short_session():
    sessions = day_sessions(read_log(LOG))
    assert flour_kg(sessions) == 1.0
