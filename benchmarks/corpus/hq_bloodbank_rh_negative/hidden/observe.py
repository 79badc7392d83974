"""Random fridges, every patient type, issues until the stock runs out."""

import random
from datetime import date, timedelta

from observing import attempt
from bloodbank.stock import Stock
from bloodbank.units import Unit

TYPES = ["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"]
DAY = date(2024, 5, 1)


def codes(units):
    return [unit.code for unit in units] if isinstance(units, list) else units


def observe():
    rng = random.Random(8813)
    results = []
    # one unit of each type against each patient type
    for donor in TYPES:
        unit = Unit("U-" + donor, donor[:-1], donor[-1], DAY)
        stock = Stock([unit])
        results.append([codes(attempt(stock.compatible_units, patient, DAY)) for patient in TYPES])
        results.append(codes(attempt(stock.compatible_units, "a-", DAY - timedelta(days=1))))
        results.append(codes(attempt(stock.compatible_units, "AB+", DAY + timedelta(days=1))))
    for bad in ("", "C+", "A", "O*", "ab"):
        results.append(attempt(Stock().compatible_units, bad, DAY))
    for _ in range(100):
        units = []
        for n in range(rng.randint(0, 14)):
            blood = rng.choice(TYPES)
            units.append(Unit(f"RC-{n:03d}", blood[:-1], blood[-1], DAY + timedelta(days=rng.randint(-5, 30))))
        stock = Stock(units)
        today = DAY + timedelta(days=rng.randint(0, 10))
        patient = rng.choice(TYPES)
        results.append(codes(attempt(stock.compatible_units, patient, today)))
        issued = []
        for turn in range(rng.randint(1, 5)):
            issued.append(attempt(stock.issue, f"p{turn}", rng.choice(TYPES), rng.randint(1, 3), today))
        results.append((issued, dict(stock.issued), stock.on_shelf(today)))
    return results
