from datetime import date

from fryers.log import read_log
from fryers.oil import days_overdue, due_for_change, oil_report

WEEK = read_log(
    """
    2024-03-04  left   fry     9
    2024-03-04  right  fry     6
    2024-03-05  left   fry     9
    2024-03-05  right  fry     6
    2024-03-06  left   fry     9
    2024-03-06  left   top-up
    2024-03-07  left   fry     9
    2024-03-07  right  fry     6
    2024-03-08  left   fry     10
    2024-03-08  right  fry     8
    """
)


def test_hours_add_up_through_top_ups():
    report = oil_report(WEEK)
    assert report["left"]["hours"] == 46
    assert report["right"]["hours"] == 26
    assert report["left"]["overdue_since"] == date(2024, 3, 8)


def test_due_for_change():
    assert due_for_change(oil_report(WEEK)) == ["left"]
    assert days_overdue(oil_report(WEEK), date(2024, 3, 10)) == {"left": 2}


def test_change_starts_fresh_oil():
    log = WEEK + read_log("2024-03-09 left change\n2024-03-09 left fry 8")
    report = oil_report(log)
    assert report["left"]["hours"] == 8
    assert report["left"]["changes"] == 1
    assert due_for_change(report) == []


def test_deep_clean_counts_as_a_change():
    log = WEEK + read_log("2024-03-10 left clean\n2024-03-10 right clean")
    report = oil_report(log)
    assert report["left"]["cleaned"] == date(2024, 3, 10)
    assert [report[f]["hours"] for f in ("left", "right")] == [0, 0]
    assert days_overdue(report, date(2024, 3, 11)) == {}


def test_shorter_oil_life():
    assert due_for_change(oil_report(WEEK, life_hours=25)) == ["left", "right"]
