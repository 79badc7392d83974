"""Vessels filled exactly, overflowing by a litre, one pressing over several vessels, empty days, then random pressing days."""

import random

from observing import attempt
from pressings import Pressing, YIELDS, parse_day_sheet
from vessels import fill_vessels, labels, shares

OWNERS = ["Hollis", "Marsh", "Okafor", "Pryce", "Dunmore", "Ellery"]


def run(pressings, capacity):
    vessels = fill_vessels(pressings, capacity)
    return [list(vessel) for vessel in vessels], labels(vessels), shares(vessels)


def from_sheet(text, capacity):
    return run(parse_day_sheet(text), capacity)


def observe():
    rng = random.Random(7310)
    results = []
    edge = [
        ([], 23),
        ([Pressing("Hollis", "cider", 20)], 13),
        ([Pressing("Hollis", "cider", 20)], 14),
        ([Pressing("Hollis", "cider", 20)], 12),
        ([Pressing("Hollis", "cider", 20)], 1),
        ([Pressing("Hollis", "cider", 0.5)], 23),
        ([Pressing("Hollis", "cider", 100)], 23),
        ([Pressing("Hollis", "cider", 100), Pressing("Marsh", "crab", 30)], 65),
        ([Pressing("Hollis", "dessert", 20), Pressing("Marsh", "dessert", 20)], 11),
        ([Pressing("Hollis", "dessert", 20), Pressing("Marsh", "dessert", 20)], 22),
        ([Pressing("Hollis", "dessert", 20), Pressing("Hollis", "dessert", 20)], 10),
        ([Pressing("Hollis", "dessert", 20)], 0),
    ]
    for pressings, capacity in edge:
        results.append(attempt(run, pressings, capacity))
    results.append(attempt(from_sheet, "# nothing pressed\n", 23))
    results.append(attempt(from_sheet, "Hollis: Cider, 40\nMarsh: cooking, 12.5\nOkafor: crab, 3", 25))
    results.append(attempt(from_sheet, "Hollis cider 40", 25))
    for _ in range(150):
        pressings = [
            Pressing(rng.choice(OWNERS), rng.choice(sorted(YIELDS)), rng.choice((rng.randint(1, 80), rng.randint(1, 400) / 4)))
            for _ in range(rng.randint(0, 9))
        ]
        capacity = rng.choice((5, 10, 11, 19, 23, 25, 30, 50, 200))
        results.append(attempt(run, pressings, capacity))
    return results
