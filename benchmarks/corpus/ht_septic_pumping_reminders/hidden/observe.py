"""Reminder runs on random days over a year and a half for random customer lists,
with pump-outs now and then."""

import random
from datetime import date, timedelta

from observing import attempt
from septic.customers import Customer
from septic.reminders import add_months, due_date, overdue, reminders_due

NAMES = ["Ames", "Brook", "Cole", "Dunn", "Ekwe", "Frost", "Gale"]
USAGES = ["guesthouse", "family", "cottage"]


def observe():
    rng = random.Random(9126)
    results = []
    for day in (date(2024, 1, 31), date(2024, 2, 29), date(2023, 12, 31), date(2024, 8, 30)):
        results.append([attempt(add_months, day, months) for months in (0, 1, 2, 3, 6, 11, 12, 13, 24)])
    customer = Customer("Edge", date(2024, 1, 1), "guesthouse")
    for offset in range(0, 200, 7):
        day = date(2024, 6, 25) + timedelta(days=offset)
        results.append((day, attempt(reminders_due, [customer], day), customer.reminders_sent))
    for _ in range(100):
        customers = [Customer(name, date(2022, 6, 1) + timedelta(days=rng.randint(0, 600)), rng.choice(USAGES))
                     for name in rng.sample(NAMES, rng.randint(1, 5))]
        today = date(2024, 1, 1)
        runs = []
        for _ in range(rng.randint(5, 30)):
            today += timedelta(days=rng.choice([1, 3, 7, 7, 14, 15, 30]))
            if rng.random() < 0.15:
                rng.choice(customers).pumped(today, rng.choice([None, "guesthouse", "cottage"]))
            runs.append(attempt(reminders_due, customers, today))
        results.append((runs, [attempt(due_date, c) for c in customers], attempt(overdue, customers, today),
                        sorted((c.name, c.reminders_sent, c.last_reminded) for c in customers)))
    return results
