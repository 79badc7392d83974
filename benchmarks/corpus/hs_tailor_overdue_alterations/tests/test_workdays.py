import datetime

from tailor.workdays import add_work_days, is_open


def test_closed_on_sundays_and_holidays():
    assert is_open(datetime.date(2024, 5, 11))
    assert not is_open(datetime.date(2024, 5, 12))
    assert not is_open(datetime.date(2024, 5, 9))


def test_add_work_days_skips_closed_days():
    assert add_work_days(datetime.date(2024, 5, 18), 1) == datetime.date(2024, 5, 21)
