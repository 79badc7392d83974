from datetime import date

from cobbler.workdays import add_working_days, days_between


def test_add_working_days_skips_sundays():
    assert add_working_days(date(2024, 3, 8), 1) == date(2024, 3, 9)
    assert add_working_days(date(2024, 3, 9), 1) == date(2024, 3, 11)
    assert add_working_days(date(2024, 3, 4), 6) == date(2024, 3, 11)


def test_add_no_days():
    assert add_working_days(date(2024, 3, 10), 0) == date(2024, 3, 10)


def test_days_between():
    assert days_between(date(2024, 2, 27), date(2024, 3, 2)) == 4
    assert days_between(date(2024, 3, 2), date(2024, 2, 27)) == -4
