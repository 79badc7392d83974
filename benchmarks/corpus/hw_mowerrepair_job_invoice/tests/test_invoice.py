from decimal import Decimal

import pytest

from workshop.invoice import Invoice, Job, invoice, month_total


def test_an_hour_of_labour():
    assert invoice(Job(60)) == Invoice(Decimal("45.00"), Decimal("0.00"), Decimal("45.00"), Decimal("9.00"), Decimal("54.00"))


def test_service_with_parts():
    bill = invoice(Job(30, [("PLG-RC", 1), ("OIL-600", 2)]))
    assert bill.parts == Decimal("16.85")
    assert bill.net == Decimal("39.35")
    assert bill.total == Decimal("47.22")


def test_a_started_quarter_is_charged():
    assert invoice(Job(50)).labour == Decimal("45.00")


def test_collection_adds_the_call_out_fee():
    assert invoice(Job(15, collected=True)).total == Decimal("43.50")


def test_trade_discount_is_on_parts_only():
    bill = invoice(Job(45, [("BLD-21", 1)]), trade=True)
    assert bill.net == Decimal("57.47")
    assert bill.total == Decimal("68.96")


def test_negative_minutes():
    with pytest.raises(ValueError):
        invoice(Job(-5))


def test_month_total():
    assert month_total([invoice(Job(60)), invoice(Job(15, collected=True))]) == Decimal("97.50")
