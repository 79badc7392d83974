"""Readiness of random checklists packed and unpacked in random order."""

import random

from observing import attempt
from packing.checklist import Checklist
from packing.items import Item

NAMES = ["boots", "tent", "stove", "map", "torch", "socks", "hat", "tickets", "charger", "book"]
CATEGORIES = ["camp", "clothes", "documents", "electronics"]


def snapshot(checklist):
    answers = [attempt(checklist.ready)]
    for category in CATEGORIES + ["food"]:
        answers.append(attempt(checklist.ready, category))
    return answers, checklist.missing(), checklist.progress()


def observe():
    rng = random.Random(6404)
    results = []
    edge = [
        [],
        [Item("map", "documents", False)],
        [Item("map", "documents", True)],
        [Item("map", "documents", True), Item("hat", "clothes", False)],
    ]
    for items in edge:
        checklist = Checklist(items)
        results.append(snapshot(checklist))
        for item in items:
            checklist.pack(item.name)
            results.append(snapshot(checklist))
    for _ in range(100):
        items = [Item(name, rng.choice(CATEGORIES), rng.random() < 0.6)
                 for name in rng.sample(NAMES, rng.randint(0, len(NAMES)))]
        checklist = Checklist(items)
        steps = []
        for _ in range(rng.randint(0, 12)):
            name = rng.choice(NAMES).upper() if rng.random() < 0.2 else rng.choice(NAMES)
            if rng.random() < 0.75:
                steps.append(attempt(checklist.pack, name))
            else:
                checklist.unpack(name)
            steps.append(attempt(checklist.ready))
        results.append((steps, snapshot(checklist)))
    return results
