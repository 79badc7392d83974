"""Refunds at every distance from the performance, around both limits, and random sets of tickets."""

import random
from datetime import date, timedelta
from decimal import Decimal

from observing import attempt
from boxoffice.refunds import refund_for, refund_total
from boxoffice.tickets import Ticket


def observe():
    rng = random.Random(1812)
    results = []
    show = date(2024, 11, 2)
    for paid, fee in (("25.50", "1.50"), ("18.75", "1.50"), ("10.01", "0.00"), ("40.00", "2.25"), ("1.50", "1.50")):
        ticket = Ticket(1, show, Decimal(paid), Decimal(fee))
        for days in range(-2, 20):
            results.append((paid, fee, days, attempt(refund_for, ticket, show - timedelta(days=days))))
    for _ in range(200):
        performance = show + timedelta(days=rng.randint(-30, 30))
        tickets = [Ticket(n, performance, Decimal(rng.randint(300, 9000)) / 100, Decimal(rng.choice(["0", "1.50", "2.00", "0.75"])))
                   for n in range(rng.randint(0, 6))]
        cancelled = performance - timedelta(days=rng.randint(-3, 25))
        results.append(([attempt(refund_for, t, cancelled) for t in tickets], attempt(refund_total, tickets, cancelled)))
    return results
