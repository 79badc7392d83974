"""Reading a bank's semicolon-separated statement export."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bankcsv.amounts import parse_amount
from bankcsv.dates import parse_date


@dataclass(frozen=True)
class Transaction:
    booked: date
    payee: str
    amount: Decimal


def read_statement(text: str) -> list[Transaction]:
    rows = csv.reader(io.StringIO(text), delimiter=";")
    header = next(rows, None)
    if header is None:
        return []
    transactions = []
    for row in rows:
        if not any(cell.strip() for cell in row):
            continue
        booked, payee, amount = row[:3]
        transactions.append(Transaction(parse_date(booked), payee.strip(), parse_amount(amount)))
    return sorted(transactions, key=lambda t: t.booked)


def monthly_balance(transactions: list[Transaction]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for t in transactions:
        key = f"{t.booked:%Y-%m}"
        totals[key] = totals.get(key, Decimal("0")) + t.amount
    return totals
