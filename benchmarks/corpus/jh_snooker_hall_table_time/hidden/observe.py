"""free_tables with tables in use, out of service, back in service and by kind, then random evenings at the hall."""

import random
from datetime import datetime, timedelta

from observing import attempt
from hall import Hall, Table

PLAYERS = ["Dave", "Kev", "Shaun", "Mo", "Tina", "Ray", "Jimmy", "Lou"]


def run(tables, events, kinds=(None, "snooker", "pool")):
    hall = Hall([Table(number, kind, out) for number, kind, out in tables])
    seen = []
    for event in events:
        action, number, *rest = event
        if action == "on":
            seen.append(attempt(hall.put_on, number, *rest))
        elif action == "off":
            seen.append(attempt(hall.take_off, number, *rest))
        elif action == "service":
            seen.append(attempt(hall.set_out_of_service, number, *rest))
        for kind in kinds:
            seen.append(attempt(hall.free_tables, kind))
    seen.append(hall.who_is_on())
    seen.append(hall.takings)
    return seen


def observe():
    rng = random.Random(4147)
    start = datetime(2024, 3, 13, 14, 0)
    results = []
    results.append(attempt(run, [], []))
    results.append(attempt(run, [(1, "snooker", True)], [("service", 1, False), ("service", 1, True)]))
    results.append(attempt(run, [(1, "snooker", False), (2, "pool", True)], [("on", 2, "Dave", start), ("service", 2, False), ("on", 2, "Dave", start)]))
    results.append(attempt(run, [(1, "snooker", False), (2, "snooker", False)], [("on", 1, "Kev", start), ("service", 1, True), ("off", 1, start + timedelta(minutes=40))]))
    results.append(attempt(run, [(3, "pool", True), (1, "pool", True), (2, "snooker", True)], [("on", 1, "Kev", start)], kinds=(None, "pool", "snooker", "darts")))
    for _ in range(150):
        numbers = rng.sample(range(1, 13), rng.randint(1, 10))
        tables = [(n, rng.choice(("snooker", "snooker", "pool")), rng.random() < 0.3) for n in numbers]
        events = []
        now = start + timedelta(days=rng.randint(0, 6), hours=rng.randint(-4, 8))
        for _ in range(rng.randint(0, 12)):
            now += timedelta(minutes=rng.randint(0, 50))
            number = rng.choice(numbers + [99])
            roll = rng.random()
            if roll < 0.45:
                events.append(("on", number, rng.choice(PLAYERS), now, rng.random() < 0.4))
            elif roll < 0.75:
                events.append(("off", number, now))
            else:
                events.append(("service", number, rng.random() < 0.6))
        results.append(attempt(run, tables, events))
    return results
