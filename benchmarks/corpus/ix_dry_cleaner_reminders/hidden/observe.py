"""reminders_due and send_reminders around the reminder edges, for account and walk-in
customers, then random rails over several weeks."""

import random
from datetime import date, timedelta

from observing import attempt
from reminders import reminders_due, send_reminders
from tickets import Ticket

TODAY = date(2024, 4, 15)


def due_numbers(tickets, today):
    return [ticket.number for ticket in reminders_due(tickets, today)]


def observe():
    rng = random.Random(5520)
    results = []
    number = 1
    for ready_ago in (-1, 0, 6, 7, 8, 30):
        for reminded_ago in (None, 0, 6, 7, 20):
            for collected in (False, True):
                for account in (False, True):
                    last = None if reminded_ago is None else TODAY - timedelta(days=reminded_ago)
                    ticket = Ticket(number, "c", 2, TODAY - timedelta(days=ready_ago), TODAY if collected else None, last, account)
                    number += 1
                    results.append(attempt(due_numbers, [ticket], TODAY))
    for _ in range(100):
        rail = []
        for k in range(rng.randint(0, 12)):
            ready = TODAY - timedelta(days=rng.randint(-3, 60))
            reminded = None if rng.random() < 0.5 else ready + timedelta(days=rng.randint(0, 30))
            collected = None if rng.random() < 0.7 else ready + timedelta(days=rng.randint(0, 10))
            rail.append(Ticket(100 + k, f"cust{k}", rng.randint(1, 15), ready, collected, reminded, rng.random() < 0.25))
        results.append(attempt(due_numbers, rail, TODAY))
        for week in range(4):
            results.append(attempt(send_reminders, rail, TODAY + timedelta(days=week * rng.choice([3, 7]))))
    return results
