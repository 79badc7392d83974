import pytest

from sleeplog.nights import night, span


def test_span_past_midnight():
    assert span("23:30", "06:45") == 435
    assert span("01:00", "07:00") == 360


def test_night():
    assert night("23:15", "07:00", [("03:10", "03:40")]) == {"in_bed": 465, "asleep": 435, "efficiency": 93.5}


def test_bad_time():
    with pytest.raises(ValueError):
        night("23:75", "07:00")
