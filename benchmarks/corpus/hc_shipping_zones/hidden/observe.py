"""Prices around every bracket limit of every zone, then random orders."""

import random
from decimal import Decimal

from observing import attempt
from shipping.quote import quote
from shipping.rates import TABLES, Bracket, RateTable


def observe():
    results = []
    for zone, table in sorted(TABLES.items()):
        weights = {-5, 0, 1, 999, 1000, 1001}
        for bracket in table.brackets:
            weights |= {bracket.up_to_grams - 1, bracket.up_to_grams, bracket.up_to_grams + 1}
            for extra in (999, 1000, 1001, 2000, 2500):
                weights.add(bracket.up_to_grams + extra)
        results.append((zone, [(g, attempt(table.price_for, g)) for g in sorted(weights)]))
    single = RateTable([Bracket(100, Decimal("2"))], Decimal("1"))
    results.append([attempt(single.price_for, g) for g in (1, 99, 100, 101, 1100, 1101)])
    rng = random.Random(8101)
    for _ in range(80):
        country = rng.choice(["NL", "de", "FR", "us", "JP", "xx1", "SE"])
        parcels = [rng.choice([rng.randint(1, 12000), rng.choice([500, 2000, 5000, 10000])]) for _ in range(rng.randint(0, 4))]
        total = Decimal(rng.choice(["0", "74.99", "75.00", "120"]))
        results.append((country, parcels, str(total), attempt(quote, country, parcels, total)))
    return results
