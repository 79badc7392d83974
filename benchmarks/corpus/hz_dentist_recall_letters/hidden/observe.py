"""due_for_recall on hand-picked patients around the boundaries and on ~100 random
patient lists and days."""

import random
from datetime import date, timedelta

from observing import attempt
from recall.letters import due_for_recall, weekly_run
from recall.patients import Patient


def names(result):
    return [p.name for p in result] if isinstance(result, list) else result


def observe():
    rng = random.Random(1523)
    results = []
    today = date(2024, 3, 15)
    fixed = [
        Patient("A", date(2023, 9, 15)),
        Patient("B", date(2023, 9, 16)),
        Patient("C", date(2023, 9, 1), next_appointment=today),
        Patient("D", date(2023, 9, 1), next_appointment=today - timedelta(days=1)),
        Patient("E", date(2023, 9, 1), next_appointment=today + timedelta(days=1)),
        Patient("F", date(2023, 9, 1), next_appointment=today + timedelta(days=1), opted_out=True),
        Patient("G", None, next_appointment=today + timedelta(days=3)),
        Patient("H", date(2022, 1, 1), recall_months=24),
    ]
    for patient in fixed:
        results.append(names(attempt(due_for_recall, [patient], today)))
    results.append(names(attempt(due_for_recall, fixed, today)))
    results.append(names(attempt(due_for_recall, [], today)))
    for n in range(100):
        day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
        patients = []
        for i in range(rng.randint(0, 10)):
            last = None if rng.random() < 0.1 else day - timedelta(days=rng.randint(0, 800))
            nxt = None
            if rng.random() < 0.5:
                nxt = day + timedelta(days=rng.randint(-200, 90))
            patients.append(Patient(f"P{n}-{i} Smith", last, rng.choice([3, 6, 6, 12, 24]), nxt, rng.random() < 0.15))
        results.append(names(attempt(due_for_recall, patients, day)))
        results.append(attempt(lambda: sorted(weekly_run(patients, day, "Riverside Dental"))))
    return results
