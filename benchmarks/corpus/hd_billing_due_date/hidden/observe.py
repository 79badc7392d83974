"""Due dates, reminders and overdue lists for random invoices."""

import random
from datetime import date, timedelta
from decimal import Decimal

from observing import attempt
from billing.invoices import Invoice, due_date, overdue, reminder_date


def observe():
    rng = random.Random(9090)
    results = []
    base = date(2024, 1, 1)
    holidays = frozenset(base + timedelta(days=rng.randint(0, 365)) for _ in range(12))
    invoices = [Invoice("zero", base, Decimal("1"), terms=0), Invoice("sat", date(2024, 6, 8), Decimal("1"), terms=1)]
    for n in range(80):
        invoices.append(Invoice(f"I{n}", base + timedelta(days=rng.randint(0, 365)), Decimal(rng.randint(1, 999)),
                                terms=rng.choice([0, 1, 5, 10, 14, 30])))
    for invoice in invoices:
        results.append(attempt(due_date, invoice))
        results.append(attempt(due_date, invoice, holidays))
        results.append(attempt(reminder_date, invoice, holidays))
    for month in range(1, 13):
        results.append(attempt(overdue, invoices, date(2024, month, 15), holidays))
    return results
