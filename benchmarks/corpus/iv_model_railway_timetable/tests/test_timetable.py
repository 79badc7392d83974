import pytest

from layout_ops.timetable import departures, merged_sheet, next_departure


def test_stopping_service_every_twenty_minutes():
    assert departures("06:00", "06:50", 20) == ["06:00", "06:20", "06:40"]


def test_last_departure_is_on_the_sheet():
    assert departures("06:00", "07:00", 15) == ["06:00", "06:15", "06:30", "06:45", "07:00"]


def test_bad_headway():
    with pytest.raises(ValueError):
        departures("06:00", "07:00", 0)


def test_next_departure():
    times = departures("06:00", "06:50", 20)
    assert next_departure(times, "06:21") == "06:40"
    assert next_departure(times, "06:20") == "06:20"
    assert next_departure(times, "06:41") is None


def test_merged_sheet():
    sheet = merged_sheet({"pickup goods": ["06:20"], "branch auto": ["06:00", "06:20"]})
    assert sheet == [("06:00", "branch auto"), ("06:20", "branch auto"), ("06:20", "pickup goods")]
