import datetime

from tuning.months import add_months


def test_add_months():
    assert add_months(datetime.date(2023, 11, 20), 3) == datetime.date(2024, 2, 20)
    assert add_months(datetime.date(2023, 8, 31), 6) == datetime.date(2024, 2, 29)
    assert add_months(datetime.date(2024, 12, 31), 14) == datetime.date(2026, 2, 28)
