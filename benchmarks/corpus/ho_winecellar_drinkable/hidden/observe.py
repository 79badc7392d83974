"""What is drinkable in random cellars, this year and in other years."""

import random
from decimal import Decimal

from observing import attempt
from cellar.bottle import Bottle
from cellar.cellar import Cellar

NAMES = ["Rioja", "Barolo", "Muscadet", "Chablis", "Port", "Riesling", "Malbec"]


def observe():
    rng = random.Random(5150)
    results = []
    one = Cellar(4, 2025)
    one.add(Bottle("Port", 2000, 2010, 2025, Decimal("30")))
    results.append([attempt(one.drinkable, year) for year in (None, 2009, 2010, 2020, 2025, 2026)])
    results.append(attempt(Cellar(0, 2025).drinkable))
    for _ in range(100):
        cellar = Cellar(rng.randint(5, 40), rng.randint(2018, 2032))
        for _ in range(rng.randint(0, 8)):
            vintage = rng.randint(2000, 2024)
            start = vintage + rng.randint(0, 8)
            bottle = Bottle(rng.choice(NAMES), vintage, start, start + rng.randint(0, 15),
                            Decimal(rng.randint(800, 6000)) / 100)
            attempt(cellar.add, bottle, rng.randint(1, 4))
        years = [None, cellar.year, cellar.year - 1, cellar.year + 1] + [rng.randint(2000, 2045) for _ in range(3)]
        results.append([attempt(cellar.drinkable, year) for year in years])
        results.append(attempt(cellar.drinkable, year=rng.randint(2005, 2040)))
    return results
