"""award_points on classes of every size up to the top of the scale, with and
without absentees, and on ~100 random shows."""

import random

from observing import attempt
from kennel.entries import Entry
from kennel.points import award_points, majors


def a_class(breed, sex, size, absent):
    return [Entry(f"{breed}-{sex}-{i}", breed, sex, i + 1 if i < 4 else None, i in absent) for i in range(size)]


def observe():
    rng = random.Random(3390)
    results = [attempt(award_points, [])]
    for size in range(1, 15):
        results.append(attempt(award_points, a_class("Whippet", "D", size, set())))
        results.append(attempt(award_points, a_class("Whippet", "D", size, {size - 1})))
        results.append(attempt(award_points, a_class("Whippet", "D", size, set(range(1, size, 2)))))
    results.append(attempt(award_points, a_class("Pug", "B", 5, set()), [(1, 1), (4, 3)]))
    for _ in range(100):
        entries = []
        for breed in rng.sample(["Whippet", "Beagle", "Saluki", "Pug", "Border Terrier"], rng.randint(1, 4)):
            for sex in "DB":
                size = rng.randint(0, 14)
                entries += a_class(breed, sex, size, {i for i in range(1, size) if rng.random() < 0.25})
        rng.shuffle(entries)
        awarded = attempt(award_points, entries)
        results.append(awarded)
        if isinstance(awarded, dict):
            results.append(attempt(majors, awarded))
    return results
