"""reminders on benches where machines are finished, collected or neither, on the day they fall due and around it, then random weeks at the counter; to_do on each."""

import random
from datetime import date, timedelta

from observing import attempt
from servicebench.bench import Bench

PHONES = ["07700 900111", "07700 900222", "07700 900333", "07700 900444"]
START = date(2024, 9, 2)


def run(bookings, days):
    """bookings: (phone, promised offset, done offset or None, collected)."""
    bench = Bench()
    for phone, promised, done, collected in bookings:
        ticket = bench.book_in(phone, "Janome", "basic", START + timedelta(days=promised))
        if done is not None:
            bench.done(ticket.number, START + timedelta(days=done))
            if collected:
                bench.collect(ticket.number)
    return bench.to_do(), [bench.reminders(START + timedelta(days=d)) for d in days]


def observe():
    rng = random.Random(3307)
    results = []
    days = [0, 6, 7, 8, 14, 30]
    for done in (None, 0, 1):
        for collected in (False, True):
            results.append(attempt(run, [(PHONES[0], 3, done, collected)], days))
            results.append(attempt(run, [(PHONES[0], 3, done, collected), (PHONES[0], 2, 0, False)], days))
            results.append(attempt(run, [(PHONES[1], 1, 0, True), (PHONES[0], 3, done, collected)], days))
    for _ in range(150):
        bookings = []
        for _ in range(rng.randint(0, 10)):
            done = rng.choice((None, rng.randint(0, 20)))
            bookings.append((rng.choice(PHONES), rng.randint(0, 14), done, done is not None and rng.random() < 0.5))
        results.append(attempt(run, bookings, sorted(rng.sample(range(0, 40), 4))))
    return results
