"""score on runs with none to five refusals among other marks, inside and over time, then random classes of runs; placings on each class."""

import itertools
import random

from observing import attempt
from course import Course
from scoring import Run, placings, score

COURSES = [Course("Jumping", "jumping", 178), Course("Agility", "agility", 140), Course("Steeple", "steeplechase", 301)]


def observe():
    rng = random.Random(3907)
    results = []
    for course in COURSES:
        for length in range(0, 5):
            for marks in itertools.product("PRC", repeat=length):
                for seconds in (course.sct - 3.5, course.sct, course.sct + 2.25):
                    results.append(attempt(score, Run("H", "D", "".join(marks), seconds), course))
        for marks in ("RRRR", "RRRRR", "RRW", "WRRR", "RRPR", "PRRRC", "RRX", "XRRR"):
            results.append(attempt(score, Run("H", "D", marks, course.sct + 1), course))
    for _ in range(120):
        course = rng.choice(COURSES)
        runs = [
            Run(f"Handler {n}", f"Dog {n}", "".join(rng.choice("PPRRRCW") for _ in range(rng.choice((0, 0, 1, 2, 3, 4, 6)))),
                round(rng.uniform(course.sct - 12, course.sct + 10), 2))
            for n in range(rng.randint(0, 12))
        ]
        results.append(attempt(placings, runs, course))
        results.append([attempt(score, run, course) for run in runs])
    return results
