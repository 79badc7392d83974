"""Batch.plan and batch_record on batches that fill bottles exactly, leave just under and just over half a bottle, pH either side of the acid line, month ends; then random batches and bottle sizes."""

import random
from datetime import date, timedelta

from observing import attempt
from batches import Batch
from labels import batch_record


def run(sauce, litres, ph, bottled, bottle_ml):
    batch = Batch(sauce, litres, ph, bottled)
    return batch.plan(bottle_ml), batch_record(batch, bottle_ml)


def observe():
    rng = random.Random(7026)
    results = []
    for litres in (0, 0.1, 0.15, 1, 2.5, 5, 10, 12.5, 20, 30, 45.6):
        for bottle_ml in (100, 150, 250, 500):
            for ph in (3.2, 3.7, 3.71, 4.1):
                results.append(attempt(run, "Scotch Bonnet Mango", litres, ph, date(2024, 5, 31), bottle_ml))
    for bottle_ml in (97, 150, 194):
        for bottles in (1, 2, 7, 40):
            for extra in (0, 1, bottle_ml // 2 - 1, bottle_ml // 2 + 1, bottle_ml - 1):
                litres = (bottles * bottle_ml + extra) / 970
                results.append(attempt(run, "Ghost Pepper Lime", litres, 3.5, date(2023, 12, 31), bottle_ml))
    for _ in range(200):
        litres = rng.choice((rng.randint(1, 60), round(rng.uniform(0.2, 60), 2)))
        ph = round(rng.uniform(3.0, 4.4), 2)
        bottled = date(2023, 1, 1) + timedelta(days=rng.randint(0, 900))
        results.append(attempt(run, rng.choice(("Green Jalapeno", "Smoked Chipotle", "Carolina Reaper Cherry")), litres, ph, bottled, rng.choice((60, 100, 150, 200, 250, 330, 500))))
    return results
