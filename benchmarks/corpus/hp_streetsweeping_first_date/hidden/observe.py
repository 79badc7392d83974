"""Sweeping days around and before each rule's first sweep, for random rule sets."""

import datetime
import random

from observing import attempt
from sweeping.rules import Rule
from sweeping.schedule import month_plan, next_sweep, swept_on

D = datetime.date
STREETS = ["Elm Street", "Quay Road", "Market Square", "Mill Lane", "Station Road"]


def observe():
    rng = random.Random(3030)
    results = []
    fixed = [
        Rule("Market Square", 0, 1, D(2024, 1, 1)),
        Rule("Elm Street", 3, 2, D(2024, 3, 7)),
        Rule("Quay Road", 3, 2, D(2024, 4, 4)),
        Rule("Mill Lane", 4, 4, D(2024, 6, 7)),
    ]
    day = D(2024, 1, 1) - datetime.timedelta(days=20)
    while day < D(2024, 8, 1):
        results.append((day, attempt(swept_on, day, fixed)))
        day += datetime.timedelta(days=3)
    for street in ["Market Square", "Elm Street", "Quay Road", "Mill Lane", "Station Road"]:
        for after in [D(2023, 6, 1), D(2024, 3, 6), D(2024, 3, 7), D(2024, 6, 1), D(2024, 12, 30)]:
            results.append(attempt(next_sweep, street, fixed, after))
    results.append(attempt(next_sweep, "Mill Lane", fixed, D(2023, 1, 1), horizon=100))
    for _ in range(100):
        rules = []
        for street in rng.sample(STREETS, rng.randint(1, 4)):
            first = D(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 300))
            rules.append(Rule(street, first.weekday(), rng.choice([1, 1, 2, 2, 3, 4]), first))
        holidays = frozenset(D(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 365)) for _ in range(rng.randint(0, 6)))
        month = rng.randint(1, 12)
        after = D(2024, 1, 1) + datetime.timedelta(days=rng.randint(-30, 330))
        results.append((
            attempt(month_plan, 2024, month, rules, holidays),
            [attempt(next_sweep, rule.street, rules, after, holidays) for rule in rules],
        ))
    return results
