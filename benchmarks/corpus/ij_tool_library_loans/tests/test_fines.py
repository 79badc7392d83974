from datetime import date
from decimal import Decimal

from toollib.fines import days_late, fine

DUE = date(2024, 6, 3)


def test_on_time():
    assert fine(DUE, DUE) == Decimal("0")
    assert days_late(DUE, date(2024, 6, 1)) == 0


def test_within_the_grace_days():
    assert fine(DUE, date(2024, 6, 5)) == Decimal("0")


def test_a_week_late():
    assert fine(DUE, date(2024, 6, 10)) == Decimal("2.50")


def test_fines_stop_at_ten_pounds():
    assert fine(DUE, date(2024, 9, 1)) == Decimal("10.00")
