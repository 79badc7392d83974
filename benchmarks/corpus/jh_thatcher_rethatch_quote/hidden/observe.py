"""quote on whole and part bundles, gangs of one to four, both ridges and bad inputs, then random roofs."""

import dataclasses
import random

from observing import attempt
from thatch.quote import Roof, in_pounds, quote

MATERIALS = ["water reed", "long straw", "combed wheat", "Water Reed", "heather"]


def run(length, slope, ridge, material, thatchers):
    q = quote(Roof(length, slope, ridge), material, thatchers)
    return dataclasses.astuple(q), in_pounds(q.total)


def observe():
    rng = random.Random(7390)
    results = []
    edge = [
        (10, 5, "block", "water reed", 2),
        (8.3, 4.45, "block", "long straw", 2),
        (6, 5, "flush", "combed wheat", 1),
        (1, 1, "block", "water reed", 1),
        (0.05, 1, "flush", "long straw", 3),
        (0, 5, "block", "water reed", 2),
        (12.5, 6.2, "flush", "combed wheat", 4),
        (10, 5, "mesh", "water reed", 2),
        (10, 5, "block", "heather", 2),
        (10, 5, "block", "water reed", 0),
        (7.25, 3.5, "block", " Long Straw ", 2),
    ]
    for args in edge:
        results.append(attempt(run, *args))
    for _ in range(200):
        length = round(rng.uniform(2, 25), rng.choice((0, 1, 2)))
        slope = round(rng.uniform(1.5, 8), rng.choice((0, 1, 2)))
        ridge = rng.choice(("block", "block", "flush"))
        results.append(attempt(run, length, slope, ridge, rng.choice(MATERIALS), rng.randint(1, 4)))
    return results
