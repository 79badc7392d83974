from datetime import date
from decimal import Decimal

from billing.invoices import Invoice, due_date, overdue, reminder_date

HOLIDAYS = frozenset({date(2024, 5, 20)})


def test_due_date():
    invoice = Invoice("2024-031", date(2024, 6, 3), Decimal("1200"))
    assert due_date(invoice) == date(2024, 6, 17)


def test_due_date_skips_holidays():
    invoice = Invoice("2024-022", date(2024, 5, 15), Decimal("80"), terms=5)
    assert due_date(invoice, HOLIDAYS) == date(2024, 5, 23)


def test_reminder_before_due_date():
    invoice = Invoice("2024-031", date(2024, 6, 3), Decimal("1200"))
    assert reminder_date(invoice) == date(2024, 6, 12)


def test_overdue():
    invoices = [
        Invoice("A", date(2024, 6, 3), Decimal("10")),
        Invoice("B", date(2024, 6, 3), Decimal("10"), terms=30),
    ]
    assert overdue(invoices, date(2024, 6, 20)) == ["A"]
