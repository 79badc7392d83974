from datetime import date
from decimal import Decimal

import pytest

from storage.contracts import Rental, first_invoice, move_out_settlement, with_vat

LOCKER = Rental("B-14", "Mr Okafor", Decimal("62.00"), date(2024, 3, 20), deposit=Decimal("50.00"))


def test_first_invoice_for_a_move_in_on_the_twentieth():
    # 12 of March's 31 days, plus the deposit
    assert first_invoice(LOCKER) == Decimal("74.00")


def test_first_invoice_moving_in_on_the_first():
    rental = Rental("A-02", "Ms Reyes", Decimal("85.00"), date(2024, 4, 1))
    assert first_invoice(rental) == Decimal("85.00")


def test_moving_out_on_the_last_day_of_the_month():
    assert move_out_settlement(LOCKER, date(2024, 6, 1), date(2024, 6, 30)) == Decimal("50.00")


def test_moving_out_mid_month_refunds_the_rest():
    # 20 unused days of July
    assert move_out_settlement(LOCKER, date(2024, 6, 20), date(2024, 7, 11)) == Decimal("90.00")


def test_short_notice_is_charged():
    # 10 unused days of April back, 4 days of notice missing charged
    assert move_out_settlement(LOCKER, date(2024, 4, 10), date(2024, 4, 20), Decimal("15.00")) == Decimal("47.40")


def test_moving_out_before_moving_in():
    with pytest.raises(ValueError):
        move_out_settlement(LOCKER, date(2024, 3, 1), date(2024, 3, 10))


def test_notice_after_leaving():
    with pytest.raises(ValueError):
        move_out_settlement(LOCKER, date(2024, 5, 12), date(2024, 5, 10))


def test_vat():
    assert with_vat(Decimal("62.00")) == Decimal("74.40")
