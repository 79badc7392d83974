from datetime import date

import pytest

from sugarbush.season import SeasonLog


def march(day):
    return date(2024, 3, day)


def test_second_trip_is_mixed_in():
    log = SeasonLog("top wood", taps=40)
    log.record(march(4), 100, 2.0)
    log.record(march(4), 50, 3.5)
    assert log.days[march(4)].litres == 150
    assert log.days[march(4)].brix == pytest.approx(2.5)


def test_totals():
    log = SeasonLog("top wood", taps=40)
    log.record(march(4), 120, 2.0)
    log.record(march(5), 200, 2.5)
    assert log.total_sap() == 320
    assert log.litres_per_tap() == 8.0
    assert log.expected_syrup() == pytest.approx(120 / 43 + 200 / 34.4, abs=0.01)


def test_one_run():
    log = SeasonLog("top wood", taps=40)
    for day, litres in [(4, 80), (5, 140), (6, 60)]:
        log.record(march(day), litres, 2.2)
    assert log.runs() == [(march(4), march(6), 280)]


def test_cold_snap_splits_runs():
    log = SeasonLog("top wood", taps=40)
    for day, litres in [(4, 80), (5, 140), (9, 30), (10, 95)]:
        log.record(march(day), litres, 2.2)
    assert log.runs() == [(march(4), march(5), 220), (march(9), march(10), 125)]
    assert log.best_run() == (march(4), march(5), 220)


def test_no_runs_yet():
    log = SeasonLog("top wood", taps=40)
    log.record(march(1), 0, 0)
    assert log.runs() == []
    assert log.best_run() is None
