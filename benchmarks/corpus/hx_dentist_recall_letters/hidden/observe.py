"""Recall letters for a fixed register on many days, and for random registers with
bookings and check-ups recorded in between."""

import random
from datetime import date, timedelta

from observing import attempt
from dental.patients import Patient, add_months, load_patients
from dental.recall import Practice, recall_due

EXPORT = """\
number,name,last_checkup,interval_months,next_appointment,status,email
D1,Ann,2023-01-31,6,,registered,ann@example.org
D2,Bo,2023-01-31,6,,left,bo@example.org
D3,Cy,2023-08-31,3,,left,
D4,Di,2023-02-28,12,2024-01-10,left,
D5,Ed,,6,,left,
D6,Fa,2023-05-15,24,,registered,
D7,Gu,2023-07-01,6,2023-12-01,registered,gu@example.org
"""

NAMES = ["Ann", "Bo", "Cy", "Di", "Ed", "Fa", "Gu", "Hal", "Ivy", "Jon"]
BASE = date(2023, 1, 1)


def random_patient(rng, n):
    last = None if rng.random() < 0.15 else BASE + timedelta(days=rng.randint(0, 500))
    booked = None if rng.random() < 0.6 else BASE + timedelta(days=rng.randint(200, 800))
    return Patient(
        number=f"D{n:03d}",
        name=rng.choice(NAMES),
        last_checkup=last,
        interval_months=rng.choice([3, 6, 6, 6, 9, 12, 18, 24]),
        next_appointment=booked,
        registered=rng.random() < 0.7,
        email=rng.choice(["", "", "x@example.org"]),
    )


def observe():
    rng = random.Random(6021)
    results = []
    for start in (date(2024, 1, 31), date(2023, 8, 31), date(2024, 2, 29), date(2023, 12, 15)):
        for months in (1, 3, 6, 12, 13, 24):
            results.append(attempt(add_months, start, months))
    fixed = Practice(load_patients(EXPORT.splitlines()))
    for days in range(0, 800, 23):
        results.append(attempt(fixed.recall_letters, BASE + timedelta(days=days)))
    results.append([attempt(recall_due, p) for p in fixed.patients.values()])
    for n in range(100):
        patients = [random_patient(rng, 10 * n + k) for k in range(rng.randint(0, 8))]
        practice = Practice(patients)
        seen = []
        for _ in range(4):
            today = BASE + timedelta(days=rng.randint(100, 900))
            if patients and rng.random() < 0.5:
                who = rng.choice(patients).number
                if rng.random() < 0.5:
                    attempt(practice.book, who, today + timedelta(days=rng.randint(1, 60)))
                else:
                    attempt(practice.checked, who, today)
            seen.append(attempt(practice.recall_letters, today))
        results.append(seen)
    return results
