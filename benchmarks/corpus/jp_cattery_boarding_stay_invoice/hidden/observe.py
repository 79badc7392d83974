"""Invoices for stays around the edges of the peak seasons, same-day stays and medicated
cats, then random bookings through the year."""

import random
from datetime import date, timedelta

from observing import attempt
from booking import parse_booking
from invoice import invoice, total

NAMES = ["Tigger", "Smudge", "Pip", "Luna", "Mochi", "Oscar", "Biscuit", "Bean"]


def run(names, check_in, check_out):
    stay = parse_booking(f"Hughes | {', '.join(names)} | {check_in.isoformat()} | {check_out.isoformat()}")
    lines = invoice(stay)
    return lines, total(lines)


def observe():
    rng = random.Random(4471)
    results = []
    edges = [date(2024, 7, 19), date(2024, 7, 20), date(2024, 8, 31), date(2024, 9, 1),
             date(2024, 12, 19), date(2024, 12, 20), date(2025, 1, 2), date(2025, 1, 3)]
    for edge in edges:
        for before in (0, 1, 3):
            for after in (0, 1, 2):
                check_in = edge - timedelta(days=before)
                check_out = edge + timedelta(days=after)
                results.append(attempt(run, ["Luna"], check_in, check_out))
                results.append(attempt(run, ["Luna*", "Pip"], check_in, check_out))
    for nights in (0, 1, 2, 7, 14):
        check_in = date(2024, 10, 1)
        results.append(attempt(run, ["Oscar*"], check_in, check_in + timedelta(days=nights)))
        results.append(attempt(run, ["Oscar*", "Bean*", "Pip"], check_in, check_in + timedelta(days=nights)))
    for _ in range(150):
        check_in = date(2024, 1, 1) + timedelta(days=rng.randint(0, 380))
        check_out = check_in + timedelta(days=rng.choice((0, 1, 2, 3, 5, 7, 10, 14, 21)))
        names = [name + ("*" if rng.random() < 0.3 else "") for name in rng.sample(NAMES, rng.randint(1, 4))]
        results.append(attempt(run, names, check_in, check_out))
    return results
