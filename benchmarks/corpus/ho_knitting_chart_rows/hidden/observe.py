"""Rows, stitches, instructions and counts for random charts."""

import random

from observing import attempt
from knitchart.chart import Chart
from knitchart.pattern import floats, row_instructions, stitch_counts


def observe():
    rng = random.Random(4477)
    results = []
    charts = [Chart.parse("M"), Chart.parse("MC"), Chart.parse("M\nC"), Chart.parse("MMC\nMCM\nCMM")]
    for chart in charts:
        results.append([attempt(chart.row, n) for n in (-1, 0, 1, 2, 3, 4, 5, 6, 7)])
        results.append([attempt(chart.stitch, r, s) for r in (1, 2, 3, 4) for s in (0, 1, 2, 3, 4)])
    for _ in range(100):
        height = rng.randint(1, 7)
        width = rng.randint(1, 8)
        palette = rng.choice(["MC", "MCX", "AB"])
        lines = ["".join(rng.choice(palette) for _ in range(width)) for _ in range(height)]
        chart = Chart(lines)
        rows = [rng.randint(1, 3 * height + 2) for _ in range(4)]
        stitches = rng.randint(1, 3 * width)
        results.append([attempt(chart.row, n) for n in rows])
        results.append([attempt(row_instructions, chart, n, stitches) for n in rows])
        results.append([attempt(floats, chart, n, stitches) for n in rows])
        results.append(attempt(stitch_counts, chart, rng.randint(1, 2 * height + 1), stitches))
    return results
