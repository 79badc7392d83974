"""Streaks over random sets of check-in days, with repeats and gaps."""

import datetime
import random

from observing import attempt
from habits.streaks import current_streak, longest_streak, summary

START = datetime.date(2023, 12, 20)


def days(offsets):
    return [START + datetime.timedelta(days=n) for n in offsets]


def observe():
    rng = random.Random(4242)
    results = []
    edge = [[], [0], [0, 0], [0, 1], [1, 0], [0, 2], [0, 1, 2], [0, 1, 3, 4, 5], [5, 4, 3, 2, 1, 0],
            [0, 1, 1, 2], [0, 2, 4, 6], [0, 1, 2, 10, 11], [0, 30, 31, 32, 33]]
    for offsets in edge:
        results.append(attempt(longest_streak, days(offsets)))
    for _ in range(100):
        n = rng.randint(0, 25)
        offsets = [rng.randint(0, 40) for _ in range(n)]
        if rng.random() < 0.4:
            first = rng.randint(0, 30)
            offsets += list(range(first, first + rng.randint(2, 9)))
        rng.shuffle(offsets)
        today = START + datetime.timedelta(days=rng.randint(0, 45))
        results.append((attempt(longest_streak, days(offsets)), attempt(current_streak, days(offsets), today)))
    for _ in range(20):
        checkins = {name: days(rng.sample(range(20), rng.randint(1, 15))) for name in rng.sample(["run", "read", "piano", "yoga"], 3)}
        results.append(attempt(summary, checkins, START + datetime.timedelta(days=rng.randint(5, 21))))
    return results
