"""Free slots for edge-case and random calendars."""

import random

from observing import attempt
from agenda.clock import format_minutes
from agenda.slots import first_common_slot, free_slots


def observe():
    results = []
    cases = [
        ([], "09:00", "09:30", 30, 15),
        ([], "09:00", "09:29", 30, 15),
        ([], "09:00", "10:00", 20, 20),
        ([], "09:00", "10:00", 25, 7),
        ([("09:00", "09:30")], "09:00", "10:00", 30, 30),
        ([("09:30", "10:00")], "09:00", "10:00", 30, 15),
        ([], "00:00", "24:00", 60, 60),
        ([], "17:00", "09:00", 30, 15),
        ([], "09:00", "17:00", 0, 15),
        ([], "09:00", "17:00", 30, 0),
        ([("12:00", "13:00")], "11:00", "14:00", 60, 60),
    ]
    for busy, start, end, length, step in cases:
        results.append(attempt(free_slots, busy, start, end, length=length, step=step))
    rng = random.Random(2024)
    for _ in range(80):
        busy = []
        for _ in range(rng.randint(0, 4)):
            a = rng.randrange(8 * 60, 18 * 60, 5)
            busy.append((format_minutes(a), format_minutes(a + rng.choice([15, 30, 45, 60, 90]))))
        start = rng.choice([8 * 60, 9 * 60, 9 * 60 + 30])
        end = start + rng.choice([30, 45, 60, 120, 240, 480])
        length = rng.choice([10, 15, 20, 30, 45, 60])
        step = rng.choice([5, 10, 15, 30])
        results.append(attempt(free_slots, busy, format_minutes(start), format_minutes(end), length=length, step=step))
        results.append(attempt(first_common_slot, [busy[:1], busy[1:]], day_start=format_minutes(start),
                               day_end=format_minutes(end), length=length, step=step))
    return results
