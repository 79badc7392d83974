"""quote for climbers aged around the junior limit on every day of a week, in and out of school holidays, parties around the group size, then random parties and days."""

import random
from datetime import date, timedelta

from observing import attempt
from treetops.courses import Climber
from treetops.quote import quote

MONDAY = date(2024, 5, 13)
HOLIDAYS = [(date(2024, 5, 25), date(2024, 6, 2)), (date(2024, 7, 20), date(2024, 9, 3))]
COURSES = ["squirrel", "canopy", "summit", "zipwire"]
ALLOWED = [("squirrel", (4, 100)), ("canopy", (8, 130)), ("summit", (12, 140))]


def priced(party, day, holidays):
    return str(quote(party, day, holidays))


def observe():
    rng = random.Random(3318)
    results = []
    for age in (3, 4, 8, 12, 14, 15, 16, 17, 18, 40):
        for course in ("squirrel", "canopy", "summit"):
            climber = Climber("Sam", age, 150, course)
            for offset in range(7):
                results.append(attempt(priced, [climber], MONDAY + timedelta(days=offset), []))
    for offset in range(-3, 25):
        day = date(2024, 5, 25) + timedelta(days=offset)
        results.append(attempt(priced, [Climber("Ivy", 9, 134, "canopy"), Climber("Dad", 44, 180, "summit")], day, HOLIDAYS))
    for size in (0, 1, 9, 10, 11, 20):
        party = [Climber(f"Cub {n}", 8 + n % 10, 130 + n, "canopy") for n in range(size)]
        for offset in (1, 5, 6):
            results.append(attempt(priced, party, MONDAY + timedelta(days=offset), []))
    for _ in range(200):
        party = []
        for n in range(rng.randint(0, 13)):
            age = rng.randint(12, 60) if rng.random() < 0.7 else rng.randint(4, 17)
            height = rng.randint(140, 190) if age >= 12 else rng.randint(100, 150)
            course = rng.choice([name for name, c in ALLOWED if age >= c[0] and height >= c[1]])
            if rng.random() < 0.01:
                course = rng.choice(COURSES)
            party.append(Climber(f"C{n}", age, height, course))
        day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
        results.append(attempt(priced, party, day, HOLIDAYS if rng.random() < 0.7 else []))
    return results
