"""basket_report over every species confirmed and not, then random walks' finds."""

import random

from observing import attempt
from foraging.basket import Find, basket_report, by_forager
from foraging.guide import GUIDE

NAMES = sorted(GUIDE) + ["Chanterelle ", "FIELD MUSHROOM", "little brown one", "puffball"]


def observe():
    rng = random.Random(6029)
    results = []
    results.append(attempt(basket_report, []))
    for name in NAMES:
        for confirmed in (False, True):
            results.append(attempt(basket_report, [Find("a", name, 100, confirmed)]))
    for _ in range(100):
        finds = [
            Find(rng.choice(["Ines", "Tom", "Ravi"]), rng.choice(NAMES), rng.randint(5, 500), rng.random() < 0.5)
            for _ in range(rng.randint(0, 12))
        ]
        results.append(attempt(basket_report, finds))
        results.append(attempt(by_forager, finds))
    return results
