"""quote for walls with and without gateways and stiles, rebuilds and new walls in each stone (tonnage just over and under a whole tonne), then random walls."""

import dataclasses
import random

from observing import attempt
from walling.quote import quote
from walling.wall import Wall

STONES = ["gritstone", "limestone", "slate", "Gritstone", "granite"]


def run(length, height, gateways, stiles, double, stone, rebuild):
    return dataclasses.astuple(quote(Wall(length, height, gateways, stiles, double), stone, rebuild))


def observe():
    rng = random.Random(6604)
    results = []
    for length, height in [(20, 1.4), (12, 1.2), (30, 1.5), (15, 1.3), (8, 0.5), (40, 2.0), (5, 1.2), (20, 2.5)]:
        for gateways, stiles in [(0, 0), (1, 0), (0, 1), (1, 1), (2, 0)]:
            for double in (True, False):
                for stone in STONES:
                    for rebuild in (True, False):
                        results.append(attempt(run, length, height, gateways, stiles, double, stone, rebuild))
    for _ in range(200):
        results.append(attempt(
            run,
            rng.randint(30, 600) / 10,
            rng.randint(5, 20) / 10,
            rng.choice((0, 0, 1, 2)),
            rng.choice((0, 0, 1)),
            rng.random() < 0.7,
            rng.choice(STONES[:3]),
            rng.random() < 0.6,
        ))
    return results
