"""Shortlists of random classes at several credit minimums."""

import random

from observing import attempt
from mod import gpa, scholarship_candidates

NAMES = ["Ada", "Ben", "Cleo", "Dev", "Eun", "Femi", "Gus", "Hana", "Ivo", "Jun"]


def observe():
    rng = random.Random(905)
    results = []
    edge = [
        [],
        [{"name": "Ada", "grades": []}],
        [{"name": "Ada", "grades": [("A", 3)]}],
        [{"name": "Ada", "grades": [("A", 6), ("B", 6)]}],
        [{"name": "Ada", "grades": [("B", 2), ("A", 2)]}, {"name": "Ben", "grades": [("A", 2), ("B", 2)]}],
    ]
    for students in edge:
        for minimum in (0, 3, 4, 12, 13):
            results.append(attempt(scholarship_candidates, students, minimum))
    for _ in range(80):
        students = [
            {"name": name, "grades": [(rng.choice("AAABBCDF"), rng.randint(1, 5)) for _ in range(rng.randint(0, 6))]}
            for name in rng.sample(NAMES, rng.randint(1, len(NAMES)))
        ]
        results.append([attempt(gpa, student["grades"]) for student in students])
        for minimum in (0, rng.randint(1, 20), 15):
            results.append(attempt(scholarship_candidates, students, minimum))
    return results
