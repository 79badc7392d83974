"""assess on steady, sudden and recovering weight losses, reweighs and uneven gaps, then random winters; fridge_report on random logs."""

import dataclasses
import random
from datetime import date, timedelta

from observing import attempt
from hibernation.weights import assess, fridge_report

DOWN = date(2024, 11, 3)
NAMES = ["Shelly", "Boris", "Tilly", "Speedy", "Gerald"]


def run(history):
    return dataclasses.astuple(assess(history))


def weekly(*grams):
    return [(DOWN + timedelta(weeks=i), g) for i, g in enumerate(grams)]


def observe():
    rng = random.Random(2211)
    results = []
    edge = [
        [],
        [(DOWN, 800)],
        weekly(800, 800, 800),
        weekly(800, 801, 799),
        weekly(800, 799, 798, 797, 796),
        weekly(800, 799, 798, 792, 791),
        weekly(800, 790, 789, 788, 787, 786),
        weekly(800, 799, 798, 797, 796, 795, 794, 793, 792, 787, 782),
        weekly(800, 795, 790, 790, 790, 790),
        weekly(800, 798, 796, 794, 792),
        weekly(600, 590, 580, 570, 560, 550, 540),
        [(DOWN, 600), (DOWN + timedelta(days=150), 540)],
        [(DOWN + timedelta(weeks=1), 790), (DOWN, 800), (DOWN + timedelta(weeks=1), 799)],
        [(DOWN, 800), (DOWN + timedelta(days=1), 799), (DOWN + timedelta(days=30), 797), (DOWN + timedelta(days=31), 796)],
        [(DOWN, 1000), (DOWN + timedelta(days=30), 990), (DOWN + timedelta(days=60), 980)],
    ]
    for history in edge:
        results.append(attempt(run, history))
    for _ in range(200):
        grams = rng.randint(300, 2500)
        day = DOWN + timedelta(days=rng.randint(-20, 20))
        history = []
        for _ in range(rng.randint(1, 16)):
            history.append((day, grams))
            day += timedelta(days=rng.choice((7, 7, 7, 3, 10, 14, 1)))
            grams = max(1, grams - rng.choice((0, 0, 1, 1, 2, 3, 5, 8, 15, -1)))
        if rng.random() < 0.2 and history:
            history.append((rng.choice(history)[0], grams + rng.randint(-5, 5)))
        if rng.random() < 0.2:
            rng.shuffle(history)
        results.append(attempt(run, history))
    for _ in range(30):
        lines = []
        for name in rng.sample(NAMES, rng.randint(1, 4)):
            grams = rng.randint(400, 1800)
            for week in range(rng.randint(1, 10)):
                lines.append(f"{DOWN + timedelta(weeks=week)}  {name}  {grams}g")
                grams -= rng.choice((0, 1, 2, 4, 9))
        results.append(attempt(fridge_report, "\n".join(lines)))
    return results
