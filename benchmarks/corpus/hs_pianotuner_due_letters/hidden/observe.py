"""Due letters for edge-case customers and random customer books, on several days."""

import datetime
import random

from observing import attempt
from tuning.customers import Customer
from tuning.due import due_date, due_letters, text_reminders

DAY = datetime.date(2024, 3, 1)


def shifted(days):
    return DAY + datetime.timedelta(days=days)


def observe():
    rng = random.Random(1357)
    results = []
    edge = [
        Customer("never tuned", shifted(-10)),
        Customer("never tuned, booked", shifted(-10), booked=shifted(5)),
        Customer("joins later", shifted(10)),
        Customer("never tuned, joined today", DAY, phone="1"),
        Customer("tuned", shifted(-400), last_tuning=shifted(-366)),
        Customer("tuned, half-yearly", shifted(-900), last_tuning=shifted(-180), every_months=6, phone="2"),
        Customer("tuned long ago", shifted(-900), last_tuning=shifted(-800), booked=DAY),
    ]
    for customer in edge:
        results.append(attempt(due_date, customer))
    for days in (-30, -1, 0, 1, 30, 90, 400):
        results.append(attempt(due_letters, edge, shifted(days)))
        results.append(attempt(text_reminders, edge, shifted(days)))
    for _ in range(100):
        customers = []
        for n in range(rng.randint(0, 8)):
            joined = shifted(-rng.randint(0, 1500))
            last = None if rng.random() < 0.35 else joined + datetime.timedelta(days=rng.randint(0, (DAY - joined).days))
            booked = shifted(rng.randint(0, 60)) if rng.random() < 0.3 else None
            customers.append(Customer(f"{n} High Street", joined, last, booked, rng.choice([6, 12, 12]),
                                      rng.choice(["", "07700 900000"])))
        today = shifted(rng.randint(-60, 200))
        results.append((attempt(due_letters, customers, today), [attempt(due_date, c) for c in customers]))
    return results
