"""plan_day on blocks whose crop fills crates exactly, nearly, or just over, then random vineyards."""

import random

from observing import attempt
from harvest.blocks import Block
from harvest.picking import crew_hours, plan_day, trailer_trips


def run(blocks, pickers):
    plans = attempt(plan_day, blocks, pickers)
    if not isinstance(plans, list):
        return [plans]
    return [plans, attempt(trailer_trips, plans), attempt(crew_hours, plans)]


def observe():
    rng = random.Random(8812)
    results = []
    for vines_per_row in (1, 5, 10, 12, 13, 18, 30, 100):
        for kg_per_vine in (0.0, 0.5, 1.0, 1.2, 1.25, 1.3, 2.4):
            block = Block("b", "Pinot Noir", 1, vines_per_row, kg_per_vine, ripe=True)
            for pickers in (0, 1, 4):
                results.append(run([block], pickers))
    results.append(run([], 3))
    varieties = ["Pinot Noir", "Chardonnay", "Bacchus", "Ortega", "Seyval Blanc"]
    for _ in range(120):
        blocks = [
            Block(f"block {k}", rng.choice(varieties), rng.randint(1, 40), rng.randint(10, 120),
                  round(rng.uniform(0.3, 2.5), 2), rng.random() < 0.7)
            for k in range(rng.randint(0, 6))
        ]
        results.append(run(blocks, rng.randint(1, 20)))
    return results
