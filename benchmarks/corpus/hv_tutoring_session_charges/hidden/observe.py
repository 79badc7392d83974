"""session_charge for every lesson length up to two hours, notice around 24 hours
and other rates; random months of lessons invoiced."""

import random
from datetime import datetime, timedelta
from decimal import Decimal

from observing import attempt
from tutoring.charges import invoice_total, monthly_invoice, session_charge
from tutoring.sessions import Session

START = datetime(2024, 4, 8, 16, 0)


def observe():
    rng = random.Random(4242)
    results = []
    for minutes in range(0, 125):
        results.append(attempt(session_charge, Session("s", START, minutes)))
    for rate in (Decimal("36.00"), Decimal("29.50"), Decimal("41.25")):
        for minutes in (7, 8, 15, 22, 23, 30, 37, 38, 45, 52, 53, 60, 61, 90):
            results.append(attempt(session_charge, Session("s", START, minutes), rate))
    for notice in (timedelta(hours=48), timedelta(hours=24, minutes=1), timedelta(hours=24), timedelta(hours=23, minutes=59),
                   timedelta(hours=2), timedelta(0), timedelta(minutes=-10)):
        for minutes in (30, 45, 50, 60, 75):
            results.append(attempt(session_charge, Session("s", START, minutes, START - notice)))
    students = ["Maya", "Tom", "Ivy"]
    for _ in range(100):
        sessions = []
        for _ in range(rng.randint(1, 10)):
            start = datetime(2024, rng.randint(3, 5), rng.randint(1, 28), rng.choice([15, 16, 17, 18]), rng.choice([0, 30]))
            cancelled = None
            if rng.random() < 0.35:
                cancelled = start - rng.choice([timedelta(hours=24), timedelta(hours=rng.randint(0, 72), minutes=rng.choice([0, 15, 45]))])
            sessions.append(Session(rng.choice(students), start, rng.choice([30, 40, 45, 50, 55, 60, 70, 75, 90, 100, 120]), cancelled))
        lines = attempt(monthly_invoice, sessions, rng.choice(students), 2024, rng.randint(3, 5), rng.choice([Decimal("36.00"), Decimal("30.00")]))
        results.append((lines, attempt(invoice_total, lines) if isinstance(lines, list) else None))
    return results
