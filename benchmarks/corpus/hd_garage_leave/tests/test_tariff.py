from datetime import datetime
from decimal import Decimal

from garage.tariff import parking_fee

NINE = datetime(2024, 5, 6, 9, 0)


def test_grace_period_is_free():
    assert parking_fee(NINE, datetime(2024, 5, 6, 9, 10)) == Decimal("0.00")


def test_started_hours():
    assert parking_fee(NINE, datetime(2024, 5, 6, 11, 5)) == Decimal("7.20")


def test_daily_cap():
    assert parking_fee(NINE, datetime(2024, 5, 7, 10, 0)) == Decimal("20.40")
