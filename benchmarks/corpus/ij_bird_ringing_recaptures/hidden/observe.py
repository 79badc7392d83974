"""Recapture reports for birds gaining, keeping and losing weight, then random seasons."""

import random
from datetime import date, timedelta

from observing import attempt
from ringing.records import Capture
from ringing.report import by_species, fattening, recapture_report

START = date(2023, 7, 20)
SPECIES = ["Sedge Warbler", "Reed Warbler", "Wren", "Blue Tit", "Chiffchaff"]


def history(ring, weights, gaps):
    day = START
    captures = []
    for weight, gap in zip(weights, gaps):
        day += timedelta(days=gap)
        captures.append(Capture(ring, "Wren", day, 47, weight))
    return captures


def observe():
    rng = random.Random(2718)
    results = []
    cases = [
        ([10.0], [0]),
        ([10.0, 10.0], [0, 5]),
        ([10.0, 11.5], [0, 5]),
        ([11.5, 10.0], [0, 5]),
        ([11.5, 10.0], [0, 0]),
        ([10.0, None], [0, 3]),
        ([None, 9.0, 8.2], [0, 2, 4]),
        ([9.0, 12.0, 8.0], [0, 10, 10]),
        ([8.0, 7.9], [0, 1]),
        ([12.3, None, 12.1, None], [0, 1, 1, 1]),
    ]
    for weights, gaps in cases:
        rows = attempt(recapture_report, history("AX1", weights, gaps))
        results.append(rows)
        if isinstance(rows, list):
            results.append(attempt(fattening, rows))
            results.append(attempt(fattening, rows, -0.5))
    for _ in range(60):
        captures = []
        for k in range(rng.randint(1, 15)):
            ring = f"AX{k:03d}"
            species = rng.choice(SPECIES)
            weight = round(rng.uniform(7.0, 14.0), 1)
            day = START + timedelta(days=rng.randint(0, 10))
            for _ in range(rng.randint(1, 4)):
                captures.append(Capture(ring, species, day, rng.randint(45, 70), weight if rng.random() < 0.85 else None))
                day += timedelta(days=rng.randint(0, 12))
                weight = round(weight + rng.uniform(-1.5, 2.5), 1)
        rng.shuffle(captures)
        rows = attempt(recapture_report, captures)
        results.append(rows)
        results.append(attempt(fattening, rows, rng.choice((0.0, 0.1, 0.2, 0.3))))
        results.append(attempt(by_species, rows))
    return results
