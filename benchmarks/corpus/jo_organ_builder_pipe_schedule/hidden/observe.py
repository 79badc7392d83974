"""speaking_length on bottom and top notes of common pitches and octaves, then schedules and metal lists for random stops."""

import random

from observing import attempt
from pipes import metal_needed, schedule, speaking_length

PITCHES = ["32'", "16'", "8'", "4'", "2 2/3'", "2'", "1 3/5'", "1 1/3'", "1'"]


def run(stop, pitch, compass, stopped):
    rows = schedule(stop, pitch, compass, stopped)
    return rows, metal_needed(rows)


def observe():
    rng = random.Random(6120)
    results = []
    for footage in (32, 16, 8, 4, 8 / 3, 2, 1.6, 1):
        for note in (-1, 0, 1, 2, 12, 13, 14, 25, 37, 49, 56, 61):
            results.append(attempt(speaking_length, footage, note))
    for pitch in PITCHES:
        results.append(attempt(run, "R", pitch, 61, False))
        results.append(attempt(run, "S", pitch, 12, True))
    results.append(attempt(run, "X", "8'", 0, False))
    results.append(attempt(run, "X", "8'", 1, False))
    for _ in range(120):
        pitch = rng.choice(PITCHES)
        results.append(attempt(run, rng.choice(("Op", "SD", "Fl", "Pr")), pitch, rng.randint(1, 61), rng.random() < 0.3))
        results.append(attempt(speaking_length, rng.choice((16, 8, 4, 2)), rng.randint(1, 61)))
    return results
