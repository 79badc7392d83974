"""oil_report, due_for_change and days_overdue around oil changes and deep cleans before, on and after the day the oil runs over, then random weeks of fryer logs."""

import random
from datetime import date, timedelta

from observing import attempt
from fryers.log import Entry
from fryers.oil import days_overdue, due_for_change, oil_report

START = date(2024, 3, 4)
FRYERS = ["left", "right", "fish"]


def run(entries, life):
    report = oil_report(entries, life)
    plain = {
        fryer: (state["hours"], state["changes"], str(state["cleaned"]), str(state["overdue_since"]))
        for fryer, state in report.items()
    }
    return plain, due_for_change(report), days_overdue(report, START + timedelta(days=30))


def observe():
    rng = random.Random(4417)
    results = []

    def day(n):
        return START + timedelta(days=n)

    edge = [
        [],
        [Entry(day(0), "left", "change")],
        [Entry(day(0), "left", "fry", 41), Entry(day(1), "left", "change")],
        [Entry(day(0), "left", "fry", 41), Entry(day(1), "left", "clean")],
        [Entry(day(0), "left", "fry", 41), Entry(day(1), "left", "top-up")],
        [Entry(day(0), "left", "fry", 41), Entry(day(1), "left", "change"), Entry(day(2), "left", "fry", 41)],
        [Entry(day(0), "left", "fry", 40), Entry(day(1), "left", "change"), Entry(day(2), "left", "fry", 1)],
        [Entry(day(0), "left", "fry", 30), Entry(day(1), "left", "fry", 30), Entry(day(1), "left", "change")],
        [Entry(day(3), "left", "change"), Entry(day(0), "left", "fry", 50), Entry(day(5), "left", "fry", 2)],
        [Entry(day(0), "left", "fry", 50), Entry(day(0), "right", "fry", 50), Entry(day(2), "right", "clean")],
    ]
    for entries in edge:
        for life in (20.0, 40.0, 60.0):
            results.append(attempt(run, entries, life))
    for _ in range(150):
        entries = []
        for _ in range(rng.randint(0, 25)):
            action = rng.choices(["fry", "top-up", "change", "clean"], [10, 2, 2, 1])[0]
            hours = rng.choice((2, 4, 5.5, 8, 9, 12)) if action == "fry" else 0.0
            entries.append(Entry(day(rng.randint(0, 20)), rng.choice(FRYERS), action, hours))
        results.append(attempt(run, entries, rng.choice((20.0, 30.0, 40.0))))
    return results
