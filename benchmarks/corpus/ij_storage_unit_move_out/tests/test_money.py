from datetime import date
from decimal import Decimal

from storage.money import days_in_month, pro_rata


def test_half_of_a_thirty_day_month():
    assert pro_rata(Decimal("90.00"), 15, 30) == Decimal("45.00")


def test_pro_rata_rounds_to_the_penny():
    assert pro_rata(Decimal("100.00"), 1, 31) == Decimal("3.23")


def test_february_in_a_leap_year():
    assert days_in_month(date(2024, 2, 10)) == 29
