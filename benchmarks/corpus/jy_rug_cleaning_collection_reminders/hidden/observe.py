"""reminder_letters on one ticket paid and unpaid, collected or not, on every day of its first ten weeks after it was ready, then random ticket books on random days; the storage fee of each ticket on each."""

import random
from datetime import date, timedelta

from observing import attempt
from rugworks.reminders import reminder_letters, storage_fee
from rugworks.tickets import Ticket

READY = date(2024, 5, 6)


def run(tickets, today):
    return reminder_letters(tickets, today), [storage_fee(t, today) for t in tickets]


def observe():
    rng = random.Random(7412)
    results = []
    for paid in (False, True):
        for rugs in (1, 3):
            for collected in (None, READY + timedelta(days=10)):
                ticket = Ticket(5000, "A", rugs, READY, collected, paid)
                for days in range(0, 71):
                    results.append(attempt(run, [ticket], READY + timedelta(days=days)))
    results.append(attempt(run, [Ticket(5001, "B", 1, None, None, True)], READY))
    for _ in range(150):
        today = date(2024, 6, 1) + timedelta(days=rng.randint(0, 60))
        tickets = []
        for number in rng.sample(range(5000, 5200), rng.randint(0, 10)):
            ready = rng.choice((None, today - timedelta(days=rng.choice((0, 7, 14, 28, 35, rng.randint(0, 80))))))
            collected = ready + timedelta(days=rng.randint(0, 20)) if ready and rng.random() < 0.3 else None
            tickets.append(Ticket(number, f"C{number}", rng.randint(1, 4), ready, collected, rng.random() < 0.5))
        results.append(attempt(run, tickets, today))
    return results
