"""departures on headways that do and do not land on the last time, past midnight,
then random services, with next_departure on each sheet."""

import random

from observing import attempt
from layout_ops.clock import to_text
from layout_ops.timetable import departures, merged_sheet, next_departure


def observe():
    rng = random.Random(6021)
    results = []
    cases = [
        ("06:00", "06:00", 10),
        ("06:00", "06:05", 10),
        ("06:00", "06:10", 10),
        ("06:00", "06:09", 10),
        ("06:00", "06:11", 10),
        ("06:00", "07:00", 15),
        ("06:00", "07:00", 60),
        ("06:00", "07:00", 61),
        ("06:00", "07:00", 1),
        ("23:30", "00:30", 30),
        ("23:30", "00:29", 30),
        ("23:59", "00:00", 1),
        ("06:00", "05:59", 120),
        ("06:00", "07:00", 0),
        ("06:00", "07:00", -5),
        ("6:00", "7:00", 20),
        ("06:00", "7.00", 20),
    ]
    for first, last, headway in cases:
        results.append(attempt(departures, first, last, headway))
    for _ in range(120):
        first = to_text(rng.randint(0, 1439))
        last = to_text(rng.randint(0, 1439))
        headway = rng.choice([5, 10, 12, 15, 20, 30, 45, 60, 90, rng.randint(1, 200)])
        times = attempt(departures, first, last, headway)
        results.append((first, last, headway, times))
        if isinstance(times, list):
            now = to_text(rng.randint(0, 1439))
            results.append(attempt(next_departure, times, now))
            results.append(attempt(merged_sheet, {"a": times, "b": times[::2]}))
    return results
