"""category on, just under and just over every limit, moved_up and pools on sheets with limit weights, then random weigh-ins."""

import random

from observing import attempt
from weighin import LIMITS, category, moved_up, pools

NAMES = ["Tom", "Ana", "Kenji", "Beth", "Sam", "Ivo", "Lea", "Raj", "Una", "Olu", "Pia", "Max"]


def observe():
    rng = random.Random(6606)
    results = []
    for division, limits in LIMITS.items():
        for limit in limits:
            for delta in (-1.0, -0.1, 0.0, 0.1, 1.0):
                results.append(attempt(category, division, limit + delta))
            results.append(attempt(category, division, float(limit)))
            results.append(attempt(category, division, int(limit)))
    for weight in (0, -5, 0.1, 30.0, 150.0):
        results.append(attempt(category, "men", weight))
    results.append(attempt(category, "juniors", 40.0))
    rows = [("Tom", "men", 66.0), ("Ana", "women", 57.0), ("Kenji", "men", 100.0), ("Beth", "women", 78.1)]
    results.append(attempt(moved_up, {"Tom": "-66", "Ana": "-57", "Kenji": "-100", "Beth": "-78"}, rows))
    results.append(attempt(pools, rows))
    for _ in range(150):
        division = rng.choice(("men", "women"))
        limits = LIMITS[division]
        if rng.random() < 0.4:
            weight = float(rng.choice(limits)) + rng.choice((0.0, 0.0, 0.1, -0.1))
        else:
            weight = round(rng.uniform(limits[0] - 15, limits[-1] + 30), 1)
        results.append(attempt(category, division, weight))
    for _ in range(60):
        rows = []
        entries = {}
        for name in rng.sample(NAMES, rng.randint(0, len(NAMES))):
            division = rng.choice(("men", "women"))
            limits = LIMITS[division]
            if rng.random() < 0.4:
                kg = float(rng.choice(limits))
            else:
                kg = round(rng.uniform(limits[0] - 8, limits[-1] + 15), 1)
            rows.append((name, division, kg))
            if rng.random() < 0.8:
                entries[name] = rng.choice([f"-{limit}" for limit in limits] + [f"+{limits[-1]}"])
        results.append(attempt(moved_up, entries, rows))
        results.append(attempt(pools, rows))
    return results
