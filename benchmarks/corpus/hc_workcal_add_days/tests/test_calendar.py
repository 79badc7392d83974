from datetime import date

from workcal import WorkCalendar
from workcal.holidays import easter, holidays


def test_easter():
    assert easter(2024) == date(2024, 3, 31)
    assert easter(2025) == date(2025, 4, 20)


def test_holidays_of_a_year():
    assert holidays(2024)[date(2024, 5, 9)] == "Ascension Day"


def test_over_a_weekend():
    assert WorkCalendar().add_workdays(date(2024, 6, 7), 1) == date(2024, 6, 10)


def test_zero_days():
    assert WorkCalendar().add_workdays(date(2024, 6, 8), 0) == date(2024, 6, 8)


def test_skips_holidays():
    # Friday before Easter Monday 2024 (April 1st)
    assert WorkCalendar().add_workdays(date(2024, 3, 29), 1) == date(2024, 4, 2)


def test_backwards_over_christmas():
    assert WorkCalendar().add_workdays(date(2024, 12, 27), -2) == date(2024, 12, 23)


def test_workdays_between():
    calendar = WorkCalendar(closed={date(2024, 6, 14)})
    assert calendar.workdays_between(date(2024, 6, 10), date(2024, 6, 16)) == 4
