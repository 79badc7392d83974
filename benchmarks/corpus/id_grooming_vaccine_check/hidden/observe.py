"""Pets with missing, expired, current and lifetime vaccinations, on many days."""

import random
from datetime import date, timedelta

from observing import attempt
from booking import REQUIRED_VACCINES, can_book, missing_vaccines
from pets import Pet, Vaccination


def observe():
    rng = random.Random(2718)
    results = []
    day = date(2024, 6, 1)
    names = ["rabies", "distemper", "kennel cough", "feline flu", "worming"]
    # Edge cases: expiring the day before, on, after; lifetime; older lifetime, newer dated.
    for species in ("dog", "cat", "rabbit"):
        for expires in (None, day - timedelta(days=1), day, day + timedelta(days=1)):
            vaccinations = [Vaccination(v, date(2023, 1, 1), expires) for v in REQUIRED_VACCINES.get(species, ("rabies",))]
            pet = Pet("p", species, 5.0, vaccinations)
            results.append((species, expires, attempt(missing_vaccines, pet, day), attempt(can_book, pet, day)))
    pet = Pet("p", "cat", 5.0, [Vaccination("rabies", date(2020, 1, 1)), Vaccination("rabies", date(2021, 1, 1), date(2022, 1, 1)),
                                Vaccination("feline flu", date(2023, 1, 1))])
    results.append(attempt(missing_vaccines, pet, day))
    for _ in range(300):
        species = rng.choice(["dog", "cat", "cat", "dog", "ferret"])
        vaccinations = []
        for _ in range(rng.randint(0, 6)):
            given = date(2020, 1, 1) + timedelta(days=rng.randint(0, 1600))
            expires = None if rng.random() < 0.35 else given + timedelta(days=rng.choice([180, 365, 730, 1095]))
            vaccinations.append(Vaccination(rng.choice(names), given, expires))
        pet = Pet("p", species, rng.uniform(1, 40), vaccinations)
        on_day = date(2022, 1, 1) + timedelta(days=rng.randint(0, 1200))
        results.append((attempt(missing_vaccines, pet, on_day), attempt(can_book, pet, on_day)))
    return results
