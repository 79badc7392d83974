"""Quotes built from repeated, new and bad panes, first by hand, then at random."""

import random

from observing import attempt
from glazier.quote import Quote

GLASS = ["float4", "toughened6", "laminated", "obscure", "sealed_unit"]
SIZES = [(600, 400), (200, 200), (1000, 500), (800, 1200), (450, 900)]


def build(additions, visit=True):
    quote = Quote("customer", visit)
    outcomes = [attempt(quote.add_pane, *addition) for addition in additions]
    return outcomes, quote.lines(), quote.pane_count(), quote.glass_total(), quote.net(), quote.total()


def observe():
    rng = random.Random(5520)
    results = []
    cases = [
        [],
        [("float4", 600, 400)],
        [("float4", 600, 400), ("float4", 600, 400)],
        [("float4", 600, 400, 2), ("float4", 600, 400, 3)],
        [("float4", 600, 400), ("float4", 400, 600)],
        [("float4", 600, 400), ("obscure", 600, 400), ("float4", 600, 400)],
        [("laminated", 1000, 500)] * 4,
        [("stained", 300, 300), ("float4", 300, 300)],
        [("float4", 300, 300, 0), ("float4", 300, 300)],
        [("float4", 0, 300), ("float4", 300, 300), ("float4", 300, 300)],
    ]
    for additions in cases:
        results.append(attempt(build, additions))
        results.append(attempt(build, additions, False))
    for _ in range(120):
        additions = []
        for _ in range(rng.randint(0, 8)):
            glass = rng.choice(GLASS + ["stained"] if rng.random() < 0.1 else GLASS)
            width, height = rng.choice(SIZES)
            additions.append((glass, width, height, rng.choice((1, 1, 1, 2, 3, 0))))
        results.append(attempt(build, additions, rng.random() < 0.7))
    return results
