"""Blends, dilutions and ratios of random tanks."""

import random

from juicepress.tank import Tank
from observing import attempt


def summary(tank):
    if isinstance(tank, str):
        return tank
    return (tank.name, tank.litres, tank.brix, tank.acidity, attempt(tank.ratio), tank.sugar_kg())


def observe():
    rng = random.Random(1516)
    results = []
    edge = [(10, 12.0, 5.0, 10, 12.0, 5.0), (1, 0.0, 0.5, 1, 30.0, 20.0), (200, 14.0, 1.0, 0.5, 9.0, 19.0),
            (5, 10.0, 20.0, 5, 10.0, 20.0), (3, 11.0, None, 7, 13.0, None), (3, 11.0, 6.0, 7, 13.0, None),
            (0.001, 12.0, 4.0, 1000, 12.0, 4.0)]
    for a_l, a_b, a_a, b_l, b_b, b_a in edge:
        a, b = Tank("a", a_l, a_b, a_a), Tank("b", b_l, b_b, b_a)
        results.append(summary(attempt(a.blend, b)))
        results.append(summary(attempt(b.blend, a, name="ba")))
        results.append(summary(attempt(a.diluted, 0)))
    for _ in range(100):
        tanks = []
        for name in ("x", "y"):
            acidity = None if rng.random() < 0.2 else rng.randint(3, 160) / 10
            tanks.append(Tank(name, rng.choice([0.5, 4, 10, 120, 400, 950]), rng.randint(80, 160) / 10, acidity))
        a, b = tanks
        results.append(summary(attempt(a.blend, b)))
        results.append(summary(attempt(a.diluted, rng.choice([-1, 0, 1, 2.5, 100]))))
        blended = attempt(a.blend, b)
        if not isinstance(blended, str):
            results.append(summary(attempt(blended.diluted, 30)))
            results.append(summary(attempt(blended.blend, a)))
    return results
