from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .workdays import next_workday, workdays_after, workdays_before

REMINDER_LEAD = 3


@dataclass(frozen=True)
class Invoice:
    number: str
    issued: date
    amount: Decimal
    terms: int = 10  # working days


def due_date(invoice: Invoice, holidays: frozenset[date] = frozenset()) -> date:
    """Payment is due `terms` working days after the invoice is issued
    (counted from the next working day when it is issued on a weekend)."""
    start = next_workday(invoice.issued, holidays)
    return workdays_after(start, invoice.terms, holidays)


def reminder_date(invoice: Invoice, holidays: frozenset[date] = frozenset()) -> date:
    return workdays_before(due_date(invoice, holidays), REMINDER_LEAD, holidays)


def overdue(invoices: list[Invoice], today: date, holidays: frozenset[date] = frozenset()) -> list[str]:
    return [invoice.number for invoice in invoices if due_date(invoice, holidays) < today]
