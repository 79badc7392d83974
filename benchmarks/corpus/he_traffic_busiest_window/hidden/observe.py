"""Busiest windows of every width over edge-case and random days of counts."""

import random

from footfall.counts import hourly_counts
from footfall.report import staffing_note
from footfall.windows import busiest_window, quiet_hours, rolling_average
from observing import attempt

EDGE = [[], [0], [7], [1, 2], [2, 1], [0, 0, 0], [1, 2, 3, 4, 5], [5, 4, 3, 2, 1], [3, 3, 3, 3], [0, 0, 9], [9, 0, 0, 9]]


def observe():
    rng = random.Random(58)
    results = []
    for counts in EDGE:
        for width in range(0, len(counts) + 2):
            results.append(attempt(busiest_window, counts, width))
            results.append(attempt(rolling_average, counts, width))
    for _ in range(80):
        counts = [rng.randint(0, 12) for _ in range(rng.randint(1, 14))]
        width = rng.randint(1, len(counts))
        results.append((counts, width, attempt(busiest_window, counts, width)))
        results.append(attempt(quiet_hours, counts, 3))
    for _ in range(30):
        lines = [f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d} {rng.choice(['north', 'south'])}"
                 for _ in range(rng.randint(0, 25))] + rng.sample(["", "garbled", "x1:00 north"], 1)
        opening, closing = rng.randint(6, 10), rng.randint(17, 23)
        results.append(attempt(hourly_counts, lines, opening, closing))
        results.append(attempt(staffing_note, lines, opening, closing, rng.randint(1, 4)))
    return results
