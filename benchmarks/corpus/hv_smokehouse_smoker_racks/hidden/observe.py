"""load_smoker around the temperature tolerance and the rack count; random
smoking lists and smokers."""

import random

from observing import attempt
from smokehouse.batches import Batch
from smokehouse.smokers import Smoker, load_smoker, plan_day, smoking_hours


def names(result):
    if not isinstance(result, tuple):
        return result
    loaded, waiting = result
    return ([(b.product, b.temp_c) for b in loaded], [(b.product, b.temp_c) for b in waiting])


def observe():
    rng = random.Random(5150)
    results = []
    for smoker_temp in (80, 110, 125):
        for racks in (0, 1, 2, 5):
            smoker = Smoker("s", racks, smoker_temp)
            for delta in (-25, -11, -10, -9, -1, 0, 1, 9, 10, 11, 25):
                batch = Batch(f"b{delta}", smoker_temp + delta, 4)
                results.append(names(attempt(load_smoker, smoker, [batch])))
                results.append(names(attempt(load_smoker, smoker, [batch, Batch("same", smoker_temp, 6), batch])))
    results.append(names(attempt(load_smoker, Smoker("s", 3, 110), [])))
    temps = [70, 80, 85, 100, 105, 110, 115, 120, 125, 135]
    for _ in range(100):
        batches = [Batch(rng.choice("ABCDEFG"), rng.choice(temps), rng.choice([2, 3, 4.5, 6, 8, 10, 12]))
                   for _ in range(rng.randint(0, 12))]
        smokers = [Smoker(f"smoker {i}", rng.randint(0, 5), rng.choice(temps)) for i in range(rng.randint(1, 3))]
        loaded = attempt(load_smoker, smokers[0], batches)
        results.append(names(loaded))
        if isinstance(loaded, tuple):
            results.append(attempt(smoking_hours, loaded[0]))
        results.append(attempt(plan_day, smokers, batches))
    return results
