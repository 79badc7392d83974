"""allocate and sharpening_bench on walls with lathes under repair at the front, the back and all of them, then random club nights with random walls and sheets."""

import random
from datetime import date, timedelta

from observing import attempt
from lathe_rota.club import Lathe, Member
from lathe_rota.rota import NightRota

NIGHT = date(2024, 10, 17)


def run(lathes, sheet):
    rota = NightRota(NIGHT, [Lathe(*lathe) for lathe in lathes])
    members = [Member(*member) for member in sheet]
    booked, waiting = rota.allocate(members)
    return booked, waiting, rota.sharpening_bench(members)


def observe():
    rng = random.Random(7731)
    paid = date(2025, 3, 31)
    people = [
        ("Gwen", True, True, paid),
        ("Tomasz", True, False, paid),
        ("Alan", True, False, paid),
        ("Priya", False, False, paid),
        ("Derek", True, True, date(2024, 9, 30)),
        ("Sue", True, True, NIGHT),
    ]
    walls = [
        [],
        [("Record", "bowl", True)],
        [("Axminster", "spindle", True)],
        [("Axminster", "spindle", True), ("Jet", "spindle", False)],
        [("Jet", "spindle", False), ("Axminster", "spindle", True)],
        [("Record", "bowl", True), ("Axminster", "spindle", False), ("Jet", "spindle", True)],
        [("Record", "bowl", False), ("Axminster", "spindle", False), ("Jet", "spindle", False)],
        [("Record", "bowl", True), ("Axminster", "spindle", True), ("Jet", "spindle", True)],
    ]
    results = []
    for wall in walls:
        for count in range(len(people) + 1):
            results.append(attempt(run, wall, people[:count]))
            results.append(attempt(run, wall, people[count:] + people[:count]))
    for _ in range(200):
        wall = [
            (f"L{n}", rng.choice(("spindle", "spindle", "bowl")), rng.random() < 0.35)
            for n in range(rng.randint(0, 6))
        ]
        sheet = []
        for _ in range(rng.randint(0, 10)):
            name = rng.choice(("Gwen", "Tomasz", "Alan", "Priya", "Derek", "Sue", "Mo", "Ines", "Kit", "Raj"))
            sheet.append((name, rng.random() < 0.85, rng.random() < 0.4, NIGHT + timedelta(days=rng.randint(-60, 200))))
        results.append(attempt(run, wall, sheet))
    return results
