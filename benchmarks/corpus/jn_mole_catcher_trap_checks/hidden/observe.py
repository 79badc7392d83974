"""Round.due around setting, checks and lifting (lifted the same day, before, re-set after lifting), then random rounds of traps."""

import random
from datetime import date, timedelta

from observing import attempt
from molecatch.billing import invoice
from molecatch.traps import Round

START = date(2024, 3, 4)
GARDENS = ["Old Rectory", "Mill House", "Glebe Farm", "Church Cottage", "The Paddocks"]


def run(every, actions, days):
    round_ = Round(check_every_days=every)
    for action, garden, number, offset, caught in actions:
        day = START + timedelta(days=offset)
        if action == "set":
            attempt(round_.set_trap, garden, number, day)
        elif action == "check":
            attempt(round_.check, garden, number, day, caught)
        else:
            attempt(round_.lift, garden, number, day)
    due = [attempt(round_.due, START + timedelta(days=d)) for d in days]
    bills = [attempt(invoice, round_, garden) for garden in round_.gardens()]
    return due, bills


def observe():
    rng = random.Random(4417)
    results = []
    edge = [
        [],
        [("set", "Mill House", 1, 0, False)],
        [("set", "Mill House", 1, 0, False), ("lift", "Mill House", 1, 0, False)],
        [("set", "Mill House", 1, 0, False), ("lift", "Mill House", 1, 3, False)],
        [("set", "Mill House", 1, 0, False), ("check", "Mill House", 1, 2, True), ("lift", "Mill House", 1, 2, False)],
        [("set", "Mill House", 1, 0, False), ("lift", "Mill House", 1, 1, False), ("set", "Mill House", 1, 2, False)],
        [("set", "Mill House", 1, 0, False), ("set", "Mill House", 2, 0, False), ("lift", "Mill House", 2, 1, False)],
        [("set", "Glebe Farm", 3, 1, False), ("check", "Glebe Farm", 3, 4, False), ("lift", "Glebe Farm", 3, 6, False)],
    ]
    for every in (1, 2, 3):
        for actions in edge:
            results.append(attempt(run, every, actions, list(range(0, 10))))
    for _ in range(150):
        every = rng.choice((1, 2, 2, 3, 4))
        actions = []
        for _ in range(rng.randint(0, 14)):
            action = rng.choice(("set", "set", "check", "check", "check", "lift"))
            actions.append((action, rng.choice(GARDENS[:3]), rng.randint(1, 3), rng.randint(0, 10), rng.random() < 0.3))
        actions.sort(key=lambda a: a[3])
        days = sorted(rng.sample(range(0, 16), rng.randint(1, 6)))
        results.append(attempt(run, every, actions, days))
    return results
