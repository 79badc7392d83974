from datetime import date

import pytest

from takings import best_run, best_week, read_z_reports

AUGUST = """
2024-08-01 412.50
2024-08-02 388.00
2024-08-03 951.20  # festival
2024-08-04 1010.75  # festival
2024-08-05 closed  # freezer repair
2024-08-06 402.10
2024-08-07 376.40
"""


def test_read_z_reports():
    reports = read_z_reports(AUGUST)
    assert len(reports) == 7
    assert reports[0] == (date(2024, 8, 1), 412.5)
    assert reports[4] == (date(2024, 8, 5), 0.0)


def test_missing_day_is_an_error():
    with pytest.raises(ValueError, match="line 2"):
        read_z_reports("2024-08-01 10\n2024-08-03 12")


def test_best_run_in_the_middle():
    assert best_run([100, 300, 500, 200, 50], 2) == (1, 800)


def test_tie_goes_to_the_earlier_run():
    assert best_run([200, 100, 200, 100], 2) == (0, 300)


def test_best_run_at_the_end_of_the_season():
    # the bank holiday weekend closes the season
    assert best_run([120, 95, 140, 610, 880], 2) == (3, 1490)


def test_too_few_days():
    with pytest.raises(ValueError):
        best_run([100, 200], 3)


def test_best_week_line():
    reports = read_z_reports(AUGUST)
    assert best_week(reports, days=2) == "Sat 03 Aug to Sun 04 Aug: 1961.95 (980.98 a day)"
