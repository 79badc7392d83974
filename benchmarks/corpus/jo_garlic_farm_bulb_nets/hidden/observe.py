"""pack_nets on sessions that fill nets exactly, overfill them by one, fill several and mix grades, then random riddling sessions; labels and tally on each."""

import random
from datetime import date

from observing import attempt
from grading import tally
from nets import labels, pack_nets

SIZE_OF = {"Jumbo": 72, "Large": 64, "Medium": 55, "Small": 44, "seed": 30}


def run(diameters):
    nets = pack_nets(diameters)
    return nets, labels(nets, date(2024, 8, 2), "Solent Wight"), tally(diameters)


def observe():
    rng = random.Random(4417)
    results = [attempt(run, [])]
    for name, count in (("Jumbo", 5), ("Large", 10), ("Medium", 10), ("Small", 20)):
        for n in (1, count - 1, count, count + 1, 2 * count - 1, 2 * count, 2 * count + 1, 3 * count + 7):
            results.append(attempt(run, [SIZE_OF[name]] * n))
            results.append(attempt(run, [SIZE_OF[name]] * n + [SIZE_OF["seed"]] * 3 + [SIZE_OF["Jumbo"]] * 2))
    results.append(attempt(run, [72, 64] * 12))
    results.append(attempt(run, [70, 60, 50, 40, 39.99] * 30))
    for _ in range(150):
        size = rng.choice((5, 20, 50, 120, 300))
        diameters = [round(rng.uniform(25, 85), 1) for _ in range(rng.randint(0, size))]
        if rng.random() < 0.3:
            diameters += [rng.choice(list(SIZE_OF.values()))] * rng.randint(5, 60)
            rng.shuffle(diameters)
        results.append(attempt(run, diameters))
    return results
