"""Connections from every arrival of small hand-made and random timetables, with several change and wait limits."""

import random

from observing import attempt
from transit.timetable import Call, load_calls
from transit.transfers import connections, describe, first_connection

ROWS = [
    ("4", "Central", "08:10"), ("4", "Central", "08:13"), ("4", "Central", "08:40"), ("4", "Central", "08:41"),
    ("11", "Central", "08:13"), ("11", "Central", "08:43"), ("11", "Market", "08:20"),
    ("7", "Market", "08:23"), ("7", "Market", "08:50"), ("7", "Central", "08:10"),
]


def observe():
    rng = random.Random(4471)
    results = []
    calls = load_calls(ROWS)
    for arrival in calls:
        results.append(attempt(connections, arrival, calls))
        results.append(attempt(first_connection, arrival, calls))
        results.append(attempt(describe, arrival, calls))
        for min_change, max_wait in ((0, 0), (0, 3), (3, 3), (1, 60), (5, 10)):
            results.append(attempt(connections, arrival, calls, min_change, max_wait))
    results.append(attempt(connections, Call("9", "Depot", 500), calls))
    results.append(attempt(connections, Call("4", "Central", 480), []))
    for _ in range(60):
        rows = []
        for _ in range(rng.randint(1, 14)):
            minute = rng.randint(6 * 60, 9 * 60)
            rows.append((rng.choice("4 7 11 21".split()), rng.choice(["Central", "Market", "Park"]), f"{minute // 60:02d}:{minute % 60:02d}"))
        calls = load_calls(rows)
        arrival = rng.choice(calls)
        results.append((arrival, attempt(connections, arrival, calls, rng.randint(0, 5), rng.randint(5, 90))))
        results.append(attempt(first_connection, arrival, calls))
    return results
