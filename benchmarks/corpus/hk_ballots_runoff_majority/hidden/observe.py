"""Instant-runoff counts of edge-case and random elections."""

import random

from observing import attempt
from ballots.count import first_choices, instant_runoff
from ballots.reading import read_ballots

NAMES = ["Ada", "Bea", "Cal", "Dov", "Eli"]


def observe():
    rng = random.Random(5150)
    results = []
    edge = [
        ([], ()),
        ([], ("A",)),
        ([("A",)], ()),
        ([("A",), ("B",)], ()),
        ([("A", "B"), ("B", "A")], ("C",)),
        ([("A",), ("A",), ("B",), ("C",)], ()),
        ([("A",), ("B",), ("C",)], ()),
        ([("A",)] * 3 + [("B",)] * 2 + [("C", "B")] * 1, ()),
        ([("A",)] * 2 + [("B",)] * 2 + [("C",)], ()),
        ([("A", "B", "C")] * 2 + [("B",)] * 2 + [("C", "A")], ()),
    ]
    for ballots, candidates in edge:
        results.append(attempt(instant_runoff, ballots, candidates))
    results.append(attempt(read_ballots, "A > B\n\n > \nC>C>A\n  B  "))
    for _ in range(110):
        field = NAMES[: rng.randint(2, 5)]
        ballots = []
        for _ in range(rng.randint(0, 15)):
            ballots.append(tuple(rng.sample(field, rng.randint(1, min(len(field), rng.choice([1, 1, 2, 3, 5]))))))
        extra = tuple(rng.sample(field, rng.randint(0, 1)))
        results.append(attempt(instant_runoff, ballots, extra))
        results.append(attempt(first_choices, ballots, set(rng.sample(field, rng.randint(1, len(field))))))
    return results
