"""plan_loads on one variety filling kilns exactly and by one over, varieties changing mid-load, alternating and in runs, then random picking days; drying_schedule on each plan."""

import random

from observing import attempt
from kiln import drying_schedule, plan_loads
from pokes import Poke

VARIETIES = ["Fuggle", "Goldings", "Bramling Cross", "Challenger"]


def run(pokes, kilns):
    loads = plan_loads(pokes)
    plan = [(load.variety, [(poke.garden, poke.variety, poke.kg) for poke in load.pokes], load.kg) for load in loads]
    return plan, drying_schedule(loads, kilns)


def pokes_of(pairs):
    return [Poke(f"G{n % 3}", variety, kg) for n, (variety, kg) in enumerate(pairs)]


def observe():
    rng = random.Random(8231)
    results = [attempt(run, [], 2)]
    for variety in VARIETIES:
        for weights in ([900], [901], [450, 450], [450, 451], [300] * 3, [300] * 4, [899, 1], [899, 2], [200] * 10):
            results.append(attempt(run, pokes_of([(variety, kg) for kg in weights]), 2))
    for first, second in (("Fuggle", "Goldings"), ("Goldings", "Fuggle"), ("Challenger", "Bramling Cross")):
        for a, b in ((100, 100), (400, 500), (400, 501), (10, 880), (900, 900)):
            results.append(attempt(run, pokes_of([(first, a), (second, b)]), 1))
            results.append(attempt(run, pokes_of([(first, a), (second, b), (first, a)]), 2))
            results.append(attempt(run, pokes_of([(first, a), (first, b), (second, a), (second, b)]), 3))
    results.append(attempt(run, pokes_of([(VARIETIES[n % 4], 150) for n in range(20)]), 2))
    for _ in range(150):
        count = rng.choice((1, 3, 8, 20, 40))
        run_length = rng.choice((1, 2, 5, 20))
        pairs = []
        variety = rng.choice(VARIETIES)
        for n in range(count):
            if n % run_length == 0 and rng.random() < 0.7:
                variety = rng.choice(VARIETIES)
            pairs.append((variety, rng.choice((rng.randint(100, 450), round(rng.uniform(50, 920), 1)))))
        results.append(attempt(run, pokes_of(pairs), rng.randint(1, 4)))
    return results
