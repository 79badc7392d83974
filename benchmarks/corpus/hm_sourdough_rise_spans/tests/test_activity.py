from starter.activity import growth, peaks, ready, rises
from starter.jar import parse_log


def test_growth(saturday):
    assert growth(saturday) == 47
    assert growth([]) == 0


def test_peaks(saturday):
    assert [r.time for r in peaks(saturday)] == ["07:00", "10:00", "12:30"]


def test_rises(saturday):
    assert rises(saturday) == [("08:00", "10:00"), ("11:00", "12:30")]


def test_short_rises_left_out():
    readings = parse_log("01:00 10\n02:00 12\n03:00 11\n04:00 15\n05:00 16\n06:00 14\n")
    assert rises(readings) == [("03:00", "05:00")]
    assert rises(readings, min_length=2) == [("01:00", "02:00"), ("03:00", "05:00")]


def test_ready(saturday):
    assert ready(saturday, fed_height=40) == ["10:00", "12:00", "12:30"]
