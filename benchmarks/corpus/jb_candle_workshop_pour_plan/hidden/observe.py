"""pour_plan for orders around the melter's capacity, then random orders in every wax."""

import random

from observing import attempt
from chandlery.planner import parse_order, pour_plan
from chandlery.recipes import VESSELS

WAXES = ["soy", "rapeseed", "coconut"]


def observe():
    rng = random.Random(6262)
    results = []
    for name in VESSELS:
        for count in range(0, 25):
            for wax in WAXES:
                results.append(attempt(pour_plan, {name: count}, wax))
    for text in ["", "1 tin", "19 tins", "7 bowls", "3 jars, 2 tins", "1 bowl, 1 bowl", "2 teacups"]:
        order = attempt(parse_order, text)
        results.append(order)
        if isinstance(order, dict):
            results.append(attempt(pour_plan, order, "soy"))
    for _ in range(200):
        order = {name: rng.randint(0, 12) for name in rng.sample(sorted(VESSELS), rng.randint(1, 4))}
        results.append(attempt(pour_plan, order, rng.choice(WAXES)))
    return results
