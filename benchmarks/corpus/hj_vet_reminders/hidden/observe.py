"""Reminder runs over random clinics: owners with and without email or opt-out,
living and deceased pets, shots given at random dates."""

import datetime
import random

from observing import attempt
from vetclinic.records import Owner, Pet
from vetclinic.reminders import due_reminders, overdue_count
from vetclinic.vaccines import INTERVALS

VACCINES = sorted(INTERVALS)
START = datetime.date(2020, 1, 1)


def observe():
    rng = random.Random(3303)
    results = []
    day = datetime.date(2024, 3, 1)
    for opted_out in (False, True):
        for email in ("", "x@example.org"):
            for deceased in (False, True):
                owner = Owner("X", email, opted_out)
                pet = Pet("P", "dog", owner, {"rabies": datetime.date(2021, 3, 1)}, deceased)
                results.append(attempt(due_reminders, [pet], day))
                results.append(attempt(due_reminders, [pet], day, 0))
    for _ in range(100):
        owners = [Owner(f"O{i}", rng.choice(["", f"o{i}@example.org", f"o{i}@example.org"]),
                        rng.random() < 0.35) for i in range(rng.randint(1, 4))]
        pets = []
        for i in range(rng.randint(0, 6)):
            shots = {v: START + datetime.timedelta(days=rng.randint(0, 1600))
                     for v in rng.sample(VACCINES, rng.randint(0, 3))}
            pets.append(Pet(f"pet{i}", rng.choice(["dog", "cat"]), rng.choice(owners), shots, rng.random() < 0.2))
        today = START + datetime.timedelta(days=rng.randint(300, 2000))
        ahead = rng.choice([0, 7, 30, 30, 90])
        results.append((attempt(due_reminders, pets, today, ahead), attempt(overdue_count, pets, today)))
    return results
