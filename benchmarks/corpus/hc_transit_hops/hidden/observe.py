"""Reach from every station of fixed and random networks, for several hop limits."""

import random

from observing import attempt
from transit.network import Network

FIXED = [
    "1: A - B - C - D - E - F",
    "1: A - B - C - D - A",
    "7: Central - Museum - Park - Zoo - Harbour\n9: Central - Station - Zoo\n21: Park - Hospital",
    "1: Hub - X\n2: Hub - Y\n3: Hub - Z\n4: X - Y - Z - W",
]


def observe():
    results = []
    rng = random.Random(90125)
    texts = list(FIXED)
    for _ in range(40):
        names = [f"s{i}" for i in range(rng.randint(2, 12))]
        lines = []
        for number in range(rng.randint(1, 4)):
            stops = rng.sample(names, rng.randint(2, len(names)))
            lines.append(f"{number}: " + " - ".join(stops))
        texts.append("\n".join(lines))
    for text in texts:
        network = Network.from_text(text)
        stations = sorted(network._links)
        for start in stations + ["nowhere"]:
            for limit in (-1, 0, 1, 2, 3, 5):
                results.append((start, limit, attempt(network.within_hops, start, limit)))
            results.append(attempt(network.stations_near, start, 2))
    return results
