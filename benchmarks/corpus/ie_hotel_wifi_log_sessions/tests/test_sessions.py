from datetime import datetime

from sessions import minutes_by_room, sessions
from wifilog import parse_log

LOG = """\
2024-05-01T08:00:00 room=101 device=phone-a kind=connect
2024-05-01T08:05:00 room=204 device=laptop-b kind=connect
2024-05-01T08:10:00 room=101 device=phone-a kind=traffic
2024-05-01T09:30:00 room=101 device=phone-a kind=connect
2024-05-01T09:35:00 room=204 device=laptop-b kind=traffic
"""


def test_devices_get_their_own_sessions():
    found = sessions(parse_log(LOG))
    assert [(s.device, s.start.hour, s.start.minute) for s in found] == [
        ("phone-a", 8, 0),
        ("laptop-b", 8, 5),
        ("phone-a", 9, 30),
        ("laptop-b", 9, 35),
    ]


def test_single_event_session_has_no_length():
    found = sessions(parse_log("2024-05-01T23:59:00 room=7 device=tv kind=connect"))
    assert found[0].minutes == 0
    assert found[0].events == 1


def test_streaming_evening_is_one_session():
    log = "\n".join(
        f"2024-05-01T{hour:02d}:{minute:02d}:00 room=312 device=tablet kind=traffic"
        for hour in (19, 20, 21)
        for minute in (0, 20, 40)
    )
    found = sessions(parse_log(log))
    assert len(found) == 1
    assert found[0].start == datetime(2024, 5, 1, 19, 0)
    assert found[0].end == datetime(2024, 5, 1, 21, 40)
    assert found[0].events == 9


def test_minutes_by_room():
    found = sessions(parse_log(LOG))
    assert minutes_by_room(found) == {"101": 10.0, "204": 0.0}
