"""The month-by-month repayment table a lender sends with the offer."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .money import cents, monthly_payment, monthly_rate


@dataclass(frozen=True)
class Row:
    month: int
    payment: Decimal
    interest: Decimal
    repaid: Decimal
    balance: Decimal


def amortization(principal: Decimal, annual_percent: Decimal, months: int) -> list[Row]:
    """One row per month. Interest is charged on what is still owed; the last
    payment is whatever clears the balance, so it may differ by a few cents."""
    payment = monthly_payment(principal, annual_percent, months)
    rate = monthly_rate(annual_percent)
    balance = Decimal(principal)
    rows = []
    for month in range(1, months + 1):
        interest = cents(principal * rate)
        repaid = payment - interest
        if month == months or repaid > balance:
            repaid = balance
        balance -= repaid
        rows.append(Row(month, payment, interest, repaid, balance))
        if balance == 0:
            break
    return rows


def total_interest(rows: list[Row]) -> Decimal:
    return sum((row.interest for row in rows), Decimal("0"))


def total_paid(rows: list[Row]) -> Decimal:
    return sum((row.payment for row in rows), Decimal("0"))
