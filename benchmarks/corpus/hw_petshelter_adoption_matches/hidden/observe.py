"""matches for every kind of household against a fixed shelter, then random shelters."""

import datetime
import random

from observing import attempt
from shelter.animals import Animal, Applicant
from shelter.matching import longest_stays, matches

START = datetime.date(2024, 1, 1)


def observe():
    rng = random.Random(4242)
    results = []
    fixed = []
    for i, (kids, cats, reserved, stray) in enumerate(
            [(k, c, r, s) for k in (False, True) for c in (False, True) for r in (False, True) for s in (False, True)]):
        for species in ("dog", "cat"):
            fixed.append(Animal(f"{species}{i}", species, START + datetime.timedelta(days=i % 5), kids, cats, reserved, stray))
    for day in (0, 3, 6, 7, 10, 11, 12):
        today = START + datetime.timedelta(days=day)
        for species in ("dog", "cat", "rabbit"):
            for has_kids in (False, True):
                for has_cats in (False, True):
                    results.append(attempt(matches, fixed, Applicant("a", species, has_kids, has_cats), today))
    results.append(attempt(matches, [], Applicant("a", "dog", True, True), START))
    for _ in range(100):
        animals = []
        for j in range(rng.randint(0, 10)):
            animals.append(Animal(
                f"pet{j}", rng.choice(["dog", "cat", "cat", "rabbit"]),
                START + datetime.timedelta(days=rng.randint(0, 60)),
                rng.random() < 0.7, rng.random() < 0.6, rng.random() < 0.15, rng.random() < 0.3))
        today = START + datetime.timedelta(days=rng.randint(0, 70))
        applicant = Applicant("x", rng.choice(["dog", "cat", "rabbit"]), rng.random() < 0.5, rng.random() < 0.5)
        results.append(attempt(matches, animals, applicant, today))
        results.append(attempt(longest_stays, animals, today, rng.randint(1, 4)))
    return results
