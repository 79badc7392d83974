from datetime import datetime

from luthier.readings import Reading, parse_export


def test_parse_export():
    text = """timestamp,temp,rh
2024-01-08T09:00,18.5,44.0
2024-01-08T10:00,19.1,42.5
"""
    assert parse_export(text) == [
        Reading(datetime(2024, 1, 8, 9), 18.5, 44.0),
        Reading(datetime(2024, 1, 8, 10), 19.1, 42.5),
    ]


def test_failed_readings_are_dropped():
    text = """timestamp,temp,rh
2024-01-08T09:00,18.5,44.0
2024-01-08T10:00,ERR,ERR
2024-01-08T11:00,19.0,ERR
2024-01-08T12:00,19.4,41.0
"""
    assert [r.at.hour for r in parse_export(text)] == [9, 12]


def test_readings_are_put_in_time_order():
    text = "timestamp,temp,rh\n2024-01-08T12:00,19.4,41.0\n\n2024-01-08T09:00,18.5,44.0\n"
    assert [r.at.hour for r in parse_export(text)] == [9, 12]
