"""Records with fields missing, malformed or fine, and random plant lists."""

import json
import random
from datetime import date

from greenhouse.config import load_plants, plant_from_record
from greenhouse.plants import due, water_needed
from observing import attempt

GOOD = {"name": "basil", "every_days": 2, "last_watered": "2024-05-01", "litres": 0.25}
VALUES = {
    "name": ["basil", "fern", "", "mint"],
    "every_days": [1, 2, "3", "7", 0, -1, "two", "2.5", 2.5],
    "last_watered": ["2024-05-01", "2024-04-28", "2024-13-01", "yesterday", ""],
    "litres": [0.5, "1.25", 0, "lots", 2],
}


def observe():
    rng = random.Random(2024)
    results = []
    records = [dict(GOOD), {}]
    for field in GOOD:
        records.append({k: v for k, v in GOOD.items() if k != field})
        for value in VALUES[field]:
            records.append({**GOOD, field: value})
    for record in records:
        results.append(attempt(plant_from_record, record))
    for _ in range(80):
        chosen = []
        for _ in range(rng.randint(0, 5)):
            record = {field: rng.choice(values) for field, values in VALUES.items() if rng.random() < 0.9}
            chosen.append(record)
        text = json.dumps(chosen)
        plants = attempt(load_plants, text)
        results.append(plants)
        if isinstance(plants, list):
            results.append((attempt(due, plants, date(2024, 5, 3)), attempt(water_needed, plants, date(2024, 5, 3))))
    results.append(attempt(load_plants, "{}"))
    results.append(attempt(load_plants, "[1"))
    return results
