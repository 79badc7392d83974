"""Clash checks on many intervals, then random diaries filled and searched."""

import random

from clinic.clock import format_time
from clinic.diary import RoomDiary
from observing import attempt


def observe():
    rng = random.Random(2718)
    results = []
    diary = RoomDiary("A", "08:00", "12:00")
    diary.book("x", "09:00", 60)
    for start in range(480, 720, 15):
        for length in (5, 15, 30, 60, 90, 180):
            results.append([a.patient for a in diary.clashes(start, start + length)])
    results.append(diary.free_slots(30))
    results.append(diary.free_slots(60, step=10))
    for _ in range(50):
        diary = RoomDiary("B", rng.choice(["08:00", "08:30", "09:00"]), rng.choice(["12:00", "17:00", "18:00"]))
        trace = []
        for number in range(rng.randint(3, 15)):
            at = format_time(rng.randrange(7 * 60, 18 * 60, 5))
            minutes = rng.choice([10, 15, 20, 30, 45, 60, 90, 120])
            outcome = attempt(diary.book, f"p{number}", at, minutes)
            trace.append((at, minutes, str(outcome) if not isinstance(outcome, str) else outcome))
            if rng.random() < 0.15:
                trace.append(attempt(diary.cancel, f"p{rng.randrange(number + 1)}"))
        trace.append([str(a) for a in diary.appointments])
        trace.append(attempt(diary.free_slots, rng.choice([15, 30, 45, 60])))
        results.append(trace)
    return results
