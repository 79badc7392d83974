"""Course.check on clean runs, misses, extras, repeats and empty courses, then random cards."""

import random

from observing import attempt
from orienteering.cards import Card, Punch
from orienteering.course import Course
from orienteering.results import ranking


def card(codes, finish=2000, runner="r"):
    return Card(runner, 0, finish, [Punch(code, 100 * (k + 1)) for k, code in enumerate(codes)])


def observe():
    rng = random.Random(4471)
    results = []
    course = Course("Yellow", [31, 45, 38], 2.5)
    cases = [
        [], [31], [31, 45], [31, 45, 38], [31, 45, 38, 38], [31, 45, 38, 31], [38, 31, 45, 38],
        [31, 31, 45, 45, 38, 38], [45, 38], [31, 52, 45, 38, 60], [52], [31, 45, 38, 45, 38],
    ]
    for codes in cases:
        for finish in (2000, None):
            result = attempt(course.check, card(codes, finish))
            results.append(result)
            if not isinstance(result, str):
                results.append(attempt(course.pace, result))
    empty = Course("Empty", [], 1.0)
    for codes in ([], [31], [31, 45]):
        results.append(attempt(empty.check, card(codes)))
    pool = [31, 32, 38, 41, 45, 52, 60]
    for _ in range(100):
        course = Course("c", [rng.choice(pool) for _ in range(rng.randint(1, 6))], rng.choice([1.8, 3.2, 5.0]))
        batch = []
        for k in range(rng.randint(1, 6)):
            if rng.random() < 0.5:
                codes = list(course.controls)
                for _ in range(rng.randint(0, 3)):
                    codes.insert(rng.randint(0, len(codes)), rng.choice(pool))
            else:
                codes = [rng.choice(pool) for _ in range(rng.randint(0, 9))]
            finish = None if rng.random() < 0.1 else 100 * (len(codes) + rng.randint(1, 20))
            result = attempt(course.check, card(codes, finish, f"runner{k}"))
            results.append(result)
            if not isinstance(result, str):
                batch.append(result)
                results.append(attempt(course.pace, result))
        results.append(attempt(ranking, batch))
    return results
