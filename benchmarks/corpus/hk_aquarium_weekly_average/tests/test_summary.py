from datetime import date

from tanklog.readings import Reading, parse_log
from tanklog.summary import alerts, weekly_averages

LOG = """\
# community tank, 120 l
2024-03-04 25.6 7.2
2024-03-06 25.2 7.1
2024-03-09 25.3 7.0
2024-03-11 26.0 7.2
2024-03-14 27.4 7.9
"""


def test_parse_log():
    readings = parse_log(LOG)
    assert len(readings) == 5
    assert readings[0] == Reading(date(2024, 3, 4), 25.6, 7.2)


def test_one_reading_a_week():
    readings = [Reading(date(2024, 1, 2), 25.0, 7.0), Reading(date(2024, 1, 9), 24.5, 7.0)]
    assert weekly_averages(readings) == {"2024-W01": 25.0, "2024-W02": 24.5}


def test_weekly_averages():
    assert weekly_averages(parse_log(LOG)) == {"2024-W10": 25.4, "2024-W11": 26.7}


def test_alerts():
    assert alerts(parse_log(LOG)) == ["2024-03-14: water at 27.4 °C", "2024-03-14: pH 7.9"]


def test_empty_log():
    assert weekly_averages([]) == {}
    assert alerts([]) == []
