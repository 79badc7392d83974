"""Sizes around every unit boundary, random sizes of all magnitudes, random listings."""

import random

from observing import attempt
from diskuse.report import human_size, report

NAMES = ["home", "srv", "var", "ana", "ben", "log", "www", "cache", "photos"]


def observe():
    rng = random.Random(1024)
    results = []
    for power in range(6):
        for near in (999, 1000, 1001, 1023, 1024, 1025, 1500, 1023.9):
            results.append(attempt(human_size, int(near * 1024**power)))
    for size in (-1, 0, 1, 2**60, 2**70, 10**18):
        results.append(attempt(human_size, size))
    for _ in range(100):
        size = int(rng.random() * 1024 ** rng.uniform(0, 5.5))
        results.append(attempt(human_size, size))
    for _ in range(30):
        files = []
        for _ in range(rng.randint(1, 8)):
            path = "/".join(rng.choice(NAMES) for _ in range(rng.randint(1, 4)))
            files.append((path + ".dat", int(1024 ** rng.uniform(0, 4))))
        results.append(attempt(report, files, rng.randint(0, 3), rng.randint(1, 6)))
    return results
