"""line_price and receipt for every fruit around the jam-makers' weight, picked and
ready-picked, then random receipts."""

import random

from observing import attempt
from pyo.produce import FRUITS
from pyo.till import Weighing, line_price, net_kg, receipt


def observe():
    rng = random.Random(4417)
    results = []
    for name in sorted(FRUITS) + ["Plums", "cherries"]:
        for gross in (0.0, 0.04, 0.5, 3.95, 3.99, 4.0, 4.05, 4.2, 4.25, 10.0):
            for punnets in (0, 1, 4):
                for ready in (False, True):
                    weighing = Weighing(name, gross, punnets, ready)
                    results.append((name, gross, punnets, ready, attempt(line_price, weighing), attempt(net_kg, weighing)))
    names = sorted(FRUITS)
    for _ in range(150):
        weighings = [
            Weighing(rng.choice(names), round(rng.uniform(0.0, 9.0), 2), rng.randint(0, 6), rng.random() < 0.4)
            for _ in range(rng.randint(0, 6))
        ]
        results.append(attempt(receipt, weighings))
    return results
