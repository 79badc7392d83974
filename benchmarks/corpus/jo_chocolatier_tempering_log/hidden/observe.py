"""verdict on curves that cool only before the peak, finish on each end of the working range, peak twice, then random kettle logs for the three chocolates."""

import random

from observing import attempt
from tempering.check import day_summary, verdict
from tempering.curves import CURVES


def minutes(temps):
    return [(60 * i, temp) for i, temp in enumerate(temps)]


def observe():
    rng = random.Random(3128)
    results = []
    for name, c in sorted(CURVES.items()):
        shapes = [
            [],
            [c.melt],
            [18.0, c.melt, c.seed, c.work_low],
            [18.0, c.melt, c.seed + 0.5, c.work_low],
            [18.0, c.melt, c.seed + 1.5, c.work_high],
            [c.seed - 1, c.melt, c.seed + 0.1, c.work_high],
            [18.0, c.scorch, c.seed, c.work_high],
            [18.0, c.melt, c.seed, c.work_high],
            [18.0, c.melt, c.seed, c.work_high + 0.1],
            [18.0, c.melt, c.seed, c.work_high - 0.1],
            [18.0, c.melt, c.seed, c.work_low - 0.1],
            [18.0, c.melt - 0.1, c.seed, c.work_low],
            [18.0, c.scorch + 0.1, c.seed, c.work_low],
            [c.melt, c.seed, c.melt, c.work_high],
            [c.melt, c.seed - 3, c.melt, c.seed + 2, c.work_high],
            [18.0, c.melt, c.work_high],
            [c.work_high],
        ]
        for temps in shapes:
            results.append(attempt(verdict, minutes(temps), c))
            results.append(attempt(verdict, list(reversed(minutes(temps))), c))
    for _ in range(200):
        name = rng.choice(sorted(CURVES))
        c = CURVES[name]
        temps = [round(rng.uniform(15, 24), 1)]
        temps += [round(rng.uniform(c.melt - 3, c.scorch + 1), 1) for _ in range(rng.randint(0, 3))]
        temps += [round(rng.uniform(c.seed - 2, c.seed + 3), 1) for _ in range(rng.randint(0, 3))]
        temps += [rng.choice((c.work_low, c.work_high, round(rng.uniform(c.work_low - 1.5, c.work_high + 1.5), 1)))]
        readings = minutes(temps)
        if rng.random() < 0.3:
            rng.shuffle(readings)
        results.append((name, temps, attempt(verdict, readings, c)))
    logs = []
    for _ in range(40):
        name = rng.choice(sorted(CURVES))
        c = CURVES[name]
        temps = [20.0, round(rng.uniform(c.melt - 2, c.scorch + 1), 1), round(rng.uniform(c.seed - 1, c.seed + 3), 1), rng.choice((c.work_low, c.work_high, c.work_high + 0.5))]
        logs.append((name.title(), "\n".join(f"{i * 3:02d}:{i * 7 % 60:02d} {t}" for i, t in enumerate(temps))))
    results.append(attempt(day_summary, logs))
    return results
