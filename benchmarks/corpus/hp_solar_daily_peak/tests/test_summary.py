import datetime

from solarlog.readings import parse_readings
from solarlog.summary import DaySummary, best_day, daily_summaries, month_total

LOG = """\
time,watts
2024-06-01T11:00,2400
2024-06-01T11:05,3000
2024-06-01T11:10,1200
2024-06-01T11:15,0
2024-06-02T11:00,600
2024-06-02T11:05,900
2024-06-02T11:10,900
2024-06-03T11:00,-1
2024-06-03T11:05,1800
"""


def test_one_day():
    readings = parse_readings(LOG)[:4]
    assert daily_summaries(readings) == [DaySummary(datetime.date(2024, 6, 1), 0.55, 3000, 15)]


def test_each_day_on_its_own():
    summaries = daily_summaries(parse_readings(LOG))
    assert [s.kwh for s in summaries] == [0.55, 0.2, 0.15]
    assert [s.peak_w for s in summaries] == [3000, 900, 1800]
    assert [s.sunny_minutes for s in summaries] == [15, 15, 5]


def test_best_day_and_month_total():
    summaries = daily_summaries(parse_readings(LOG))
    assert best_day(summaries).day == datetime.date(2024, 6, 1)
    assert month_total(summaries, 2024, 6) == 0.9


def test_no_readings():
    assert daily_summaries([]) == []
    assert best_day([]) is None
