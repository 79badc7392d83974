from datetime import datetime

from poolcare.limits import MAIN_POOL
from poolcare.readings import Reading
from poolcare.report import day_report


def test_quiet_day():
    readings = [Reading(datetime(2024, 3, 5, h), 1.4, 7.5) for h in range(7, 21)]
    report = day_report(readings, MAIN_POOL)
    assert report.readings == 14
    assert report.closed_at is None
    assert report.ph_failures == 0
    assert report.lowest_chlorine == 1.4


def test_day_with_a_dosing_fault():
    values = [1.5, 3.4, 3.6, 1.2, 0.7, 0.6, 0.5, 1.8]
    readings = [Reading(datetime(2024, 3, 6, 7 + k), v, 7.4) for k, v in enumerate(values)]
    report = day_report(readings, MAIN_POOL)
    assert report.dosing_alerts == 2
    assert report.closed_at == datetime(2024, 3, 6, 12)
    assert report.lowest_chlorine == 0.5


def test_empty_log():
    report = day_report([], MAIN_POOL)
    assert report.readings == 0 and report.lowest_chlorine is None and report.closed_at is None
