from tidewalk.crossing import describe, next_crossing, safe_windows
from tidewalk.table import parse_table, to_clock


def test_parse_table(morning):
    assert morning[0] == (300, 1.10)
    assert morning[3] == (480, 0.20)
    assert to_clock(605) == "10:05"


def test_morning_window(morning):
    assert safe_windows(morning) == [(480, 600)]
    assert describe(morning, limit=0.4) == ["07:00-10:00"]


def test_next_crossing(morning):
    assert next_crossing(morning, now=420, walk_minutes=60) == 480
    assert next_crossing(morning, now=510, walk_minutes=60) == 510
    assert next_crossing(morning, now=550, walk_minutes=60) is None


def test_two_windows():
    readings = parse_table("06:00 0.2\n07:00 0.9\n08:00 1.4\n09:00 0.8\n10:00 0.1\n11:00 0.5")
    assert safe_windows(readings) == [(360, 360), (600, 600)]


def test_table_ending_at_low_water():
    evening = parse_table("17:00 1.3\n18:00 0.8\n19:00 0.25\n20:00 0.1")
    assert safe_windows(evening) == [(1140, 1200)]
    assert next_crossing(evening, now=1080, walk_minutes=45) == 1140
