"""Random prescriptions filled on random days, and the morning call lists."""

import random
from datetime import date, timedelta

from observing import attempt
from pharmacy.prescription import Prescription
from pharmacy.reminders import due_soon


def observe():
    rng = random.Random(8080)
    results = []
    start = date(2024, 1, 1)
    for refills in (0, 1, 2):
        for fills in ([], [start], [start, start + timedelta(days=24)]):
            for day in (0, 23, 24, 30, 48, 60, 200, 366, 400):
                rx = Prescription("RX", "drug", 30, refills, date(2025, 1, 1), list(fills))
                today = start + timedelta(days=day)
                results.append((attempt(rx.can_fill, today), attempt(rx.fill, today), rx.refills_left, len(rx.fills)))
    for _ in range(100):
        rx = Prescription(f"RX-{rng.randint(1, 999)}", "drug", rng.choice([7, 10, 28, 30, 90]),
                          rng.randint(0, 3), start + timedelta(days=rng.randint(30, 300)))
        day = start
        log = []
        for _ in range(rng.randint(1, 8)):
            day += timedelta(days=rng.randint(0, 40))
            log.append((attempt(rx.can_fill, day), attempt(rx.fill, day), rx.refills_left))
        results.append(log)
        others = [Prescription(f"RX-{i}", "drug", rng.choice([10, 30]), rng.randint(0, 2),
                               start + timedelta(days=rng.randint(20, 90)),
                               [start + timedelta(days=rng.randint(0, 30))]) for i in range(4)]
        results.append(attempt(due_soon, others + [rx], start + timedelta(days=rng.randint(10, 60)), rng.randint(3, 14)))
    return results
