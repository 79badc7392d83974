from datetime import datetime

from rivergauge.alerts import alert, flood_spans, hours_above, peak

LEVELS = [1.9, 2.2, 2.6, 2.9, 2.7, 2.4, 2.1, 2.5, 2.6, 2.3]


def test_no_flooding():
    assert flood_spans([1.2, 1.4, 1.3]) == []
    assert alert(datetime(2024, 1, 12), [1.2, 1.4, 1.3]) == "no flooding"


def test_flood_spans():
    assert flood_spans(LEVELS) == [(2, 5), (7, 9)]
    assert hours_above(LEVELS) == 5


def test_still_flooding_at_end_of_record():
    assert flood_spans([2.0, 2.4, 2.7, 2.8]) == [(2, 4)]


def test_peak():
    assert peak(LEVELS) == (3, 2.9)


def test_alert():
    assert alert(datetime(2024, 1, 12, 6), LEVELS) == "above 2.5 m for 3 h from 08:00, peak 2.9 m at 09:00"
