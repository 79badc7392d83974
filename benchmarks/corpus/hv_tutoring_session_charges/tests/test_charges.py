from datetime import datetime
from decimal import Decimal

from tutoring.charges import invoice_total, monthly_invoice, session_charge
from tutoring.sessions import Session

MONDAY_4PM = datetime(2024, 4, 8, 16, 0)


def test_an_hour():
    assert session_charge(Session("Maya", MONDAY_4PM, 60)) == Decimal("36.00")


def test_started_quarter_hour_is_charged():
    assert session_charge(Session("Maya", MONDAY_4PM, 50)) == Decimal("36.00")
    assert session_charge(Session("Maya", MONDAY_4PM, 25)) == Decimal("18.00")


def test_late_cancellation_is_half_price():
    cancelled = datetime(2024, 4, 8, 9, 0)
    assert session_charge(Session("Maya", MONDAY_4PM, 60, cancelled)) == Decimal("18.00")


def test_cancelling_a_day_ahead_is_free():
    assert session_charge(Session("Maya", MONDAY_4PM, 60, datetime(2024, 4, 6, 12, 0))) == Decimal("0.00")
    assert session_charge(Session("Maya", MONDAY_4PM, 60, datetime(2024, 4, 7, 16, 0))) == Decimal("0.00")


def test_april_invoice(sessions):
    lines = monthly_invoice(sessions, "Maya Patel", 2024, 4)
    assert lines == [("08 Apr", Decimal("36.00")), ("22 Apr", Decimal("54.00"))]
    assert invoice_total(lines) == Decimal("90.00")
