from datetime import datetime

from wifilog import Event, parse_line, parse_log


def test_parse_line():
    assert parse_line("2024-05-01T10:15:00 room=214 device=aa:bb:cc kind=connect") == Event(
        datetime(2024, 5, 1, 10, 15), "214", "aa:bb:cc", "connect"
    )


def test_banner_and_blank_lines_skipped():
    text = "== controller restarted ==\n\n2024-05-01T10:15:00 room=214 device=aa kind=traffic\n"
    assert len(parse_log(text)) == 1


def test_missing_field_is_not_an_event():
    assert parse_line("2024-05-01T10:15:00 room=214 device=aa extra=1") is None
