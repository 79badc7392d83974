"""slot_chart for each model's scale at no, one, a few, twelve and a full set of frets, then random scales and fret counts; chart_lines for orders written as names, inches and mm."""

import random

from observing import attempt
from frets import chart_lines, slot_chart
from scales import SCALES_MM


def observe():
    rng = random.Random(1612)
    results = []
    for scale in sorted(SCALES_MM.values()):
        for frets in (0, 1, 2, 3, 12, 19, 22, 24):
            results.append(attempt(slot_chart, scale, frets))
    for order in ("strat", "Les Paul", "bass", "25.5in", '24"', "630mm", "555", "12in"):
        for frets in (1, 5, 20):
            results.append(attempt(chart_lines, order, frets))
    for _ in range(150):
        scale = round(rng.uniform(300, 900), rng.choice((0, 1, 2)))
        results.append(attempt(slot_chart, scale, rng.randint(0, 27)))
    for _ in range(30):
        order = rng.choice((f"{rng.randint(300, 900)}mm", f"{rng.choice((24, 24.75, 25, 25.4, 25.5, 34))}in", rng.choice(sorted(SCALES_MM))))
        results.append(attempt(chart_lines, order, rng.randint(1, 24)))
    return results
