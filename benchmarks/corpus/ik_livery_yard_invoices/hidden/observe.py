"""owner_invoice and yard_takings for owners with and without extras, then random yards over a year."""

import random
from datetime import date, timedelta

from observing import attempt
from livery.horses import Extra, Horse
from livery.invoice import owner_invoice, yard_takings

OWNERS = ["Ms Hale", "Mr Grant", "Dr Iqbal", "The Pony Club"]
NAMES = ["Duke", "Pepper", "Biscuit", "Rosie", "Monty", "Flash", "Willow", "Bramble", "Ziggy"]
PACKAGES = ["full", "part", "grass"]
ITEMS = [("farrier", 95.0), ("trim", 35.0), ("worming", 14.0), ("clipping", 45.0), ("vet visit", 120.5)]


def observe():
    rng = random.Random(6124)
    results = []
    duke = Horse("Duke", "Ms Hale", "full", date(2023, 5, 2))
    for extras in ([], [Extra("Duke", date(2024, 2, 3), "trim", 35.0)],
                   [Extra("Duke", date(2024, 1, 31), "trim", 35.0), Extra("Duke", date(2024, 2, 29), "vet", 0.0)],
                   [Extra("Pepper", date(2024, 2, 3), "trim", 35.0)]):
        for month in (1, 2, 3):
            results.append(attempt(owner_invoice, "Ms Hale", [duke], extras, 2024, month))
            results.append(attempt(owner_invoice, "Mr Grant", [duke], extras, 2024, month))
    results.append(attempt(owner_invoice, "Ms Hale", [Horse("X", "Ms Hale", "DIY", date(2023, 1, 1))], [], 2024, 1))
    for _ in range(40):
        horses = []
        for name in rng.sample(NAMES, rng.randint(1, len(NAMES))):
            arrived = date(2023, 6, 1) + timedelta(days=rng.randint(0, 400))
            left = None if rng.random() < 0.6 else arrived + timedelta(days=rng.randint(1, 200))
            horses.append(Horse(name, rng.choice(OWNERS), rng.choice(PACKAGES), arrived, left))
        extras = []
        for _ in range(rng.randint(0, 25)):
            item, cost = rng.choice(ITEMS)
            extras.append(Extra(rng.choice(NAMES), date(2024, 1, 1) + timedelta(days=rng.randint(0, 365)), item, cost))
        for month in range(1, 13):
            for owner in OWNERS:
                results.append(attempt(owner_invoice, owner, horses, extras, 2024, month))
            results.append(attempt(yard_takings, horses, extras, 2024, month))
    return results
