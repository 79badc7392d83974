"""wire_report and wire_due_off on short wire/unwire histories, then random diaries."""

import random
from datetime import date, timedelta

from observing import attempt
from bonsai.log import Entry
from bonsai.wiring import wire_due_off, wire_report

START = date(2024, 3, 1)
ACTIONS = ["water", "feed", "prune", "wire", "unwire", "repot"]


def report(entries, today):
    result = wire_report(entries, today)
    return {tree: tuple(sorted(status.items())) for tree, status in result.items()}


def observe():
    rng = random.Random(8123)
    results = []
    histories = [
        [],
        [("wire", 0)],
        [("unwire", 0)],
        [("wire", 0), ("unwire", 30)],
        [("wire", 0), ("wire", 20), ("unwire", 30)],
        [("wire", 0), ("unwire", 30), ("wire", 40)],
        [("wire", 0), ("unwire", 30), ("unwire", 35)],
        [("unwire", 10), ("wire", 0)],
        [("wire", 0), ("unwire", 0)],
        [("wire", 5), ("unwire", 60), ("wire", 61), ("wire", 90), ("unwire", 120)],
        [("prune", 0), ("water", 3)],
    ]
    for history in histories:
        entries = [Entry(START + timedelta(days=d), "elm", action) for action, d in history]
        for days in (0, 35, 56, 70, 130, 200):
            today = START + timedelta(days=days)
            results.append(attempt(report, entries, today))
            results.append(attempt(wire_due_off, entries, today))
            results.append(attempt(wire_due_off, entries, today, 4))
    for _ in range(80):
        names = [f"tree{k}" for k in range(rng.randint(1, 6))]
        entries = [
            Entry(START + timedelta(days=rng.randint(0, 150)), rng.choice(names), rng.choice(ACTIONS))
            for _ in range(rng.randint(0, 30))
        ]
        today = START + timedelta(days=rng.randint(100, 220))
        results.append(attempt(report, entries, today))
        results.append(attempt(wire_due_off, entries, today, rng.choice([4, 6, 8, 12])))
    return results
