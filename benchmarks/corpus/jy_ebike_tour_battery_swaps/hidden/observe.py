"""lunch_swaps on tour after tour, from nobody low to more low riders than spares, with ties on the level and riders on the limit, then random lunch sheets; the slips and the spares list after each."""

import random

from observing import attempt
from ebiketours import swaps as module
from ebiketours.swaps import lunch_swaps, swap_slips


def run(levels):
    swaps, still_low = lunch_swaps(levels)
    return list(swaps.items()), still_low, swap_slips(swaps, levels), list(module.SPARES)


def observe():
    rng = random.Random(2257)
    names = ["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo"]
    results = []
    for count in range(0, 9):
        for level in (0, 20, 34, 35, 90):
            results.append(attempt(run, {name: level for name in names[:count]}))
    results.append(attempt(run, {"Ana": 34, "Ben": 34, "Cleo": 35, "Dev": 36}))
    for _ in range(150):
        riders = rng.sample(names, rng.randint(0, len(names)))
        results.append(attempt(run, {r: rng.choice((5, 34, 35, rng.randint(0, 100))) for r in riders}))
    return results
