"""quote on lots just under, at and over ten grams on the scales (and in fine metal), single and mixed pieces of every metal, then random lots; receipts on some."""

import random

from observing import attempt
from quote import quote, receipt

MARKS = ["9ct", "14ct", "18ct", "22ct", "24ct", "375", "585", "750", "916", "999", "925", "sterling", "britannia", "800", "pt950"]
SPOT = {"gold": 60.00, "silver": 0.80, "platinum": 26.00}


def observe():
    rng = random.Random(9165)
    results = []
    for mark in MARKS:
        for grams in (0, 0.5, 3, 9.5, 9.99, 10, 10.01, 10.5, 11, 12, 13.4, 20, 26.7, 27, 30):
            results.append(attempt(quote, [(mark, grams)], SPOT))
    for split in ((5, 5), (4, 6), (2.5, 7.5), (9, 1), (3, 3, 4), (9.99,), (6, 4.01)):
        for mark in ("9ct", "18ct", "22ct", "sterling", "pt950"):
            results.append(attempt(quote, [(mark, g) for g in split], SPOT))
    results.append(attempt(quote, [], SPOT))
    results.append(attempt(quote, [("9ct", 12), ("brass", 3)], SPOT))
    results.append(attempt(receipt, quote([("9ct", 12)], SPOT)))
    for _ in range(200):
        spot = {"gold": rng.choice((60.0, 48.25, 71.1)), "silver": rng.choice((0.8, 0.65)), "platinum": rng.choice((26.0, 24.4))}
        items = [(rng.choice(MARKS), rng.choice((rng.randint(1, 30), round(rng.uniform(0.2, 25), 2)))) for _ in range(rng.randint(0, 4))]
        result = attempt(quote, items, spot)
        results.append(result)
        if isinstance(result, dict) and rng.random() < 0.2:
            results.append(attempt(receipt, result))
    return results
