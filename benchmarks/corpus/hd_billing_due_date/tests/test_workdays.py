from datetime import date

from billing.workdays import next_workday, workdays_after, workdays_before

FRIDAY = date(2024, 6, 7)


def test_after_skips_the_weekend():
    assert workdays_after(FRIDAY, 1) == date(2024, 6, 10)


def test_before_skips_the_weekend():
    assert workdays_before(date(2024, 6, 10), 1) == FRIDAY


def test_next_workday():
    assert next_workday(date(2024, 6, 8)) == date(2024, 6, 10)
    assert next_workday(FRIDAY) == FRIDAY
