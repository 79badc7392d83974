"""Slots, clashes, free start times and hours for edge bookings (opening, closing, back to back), then random diaries."""

import random

from observing import attempt
from bookings import Booking, clashes, free_starts, hours_booked, taken_slots
from lanes import LANES, SLOTS_PER_DAY, slot_time


def booking(lane, first, count, party="p"):
    return Booking(lane, slot_time(first), slot_time(first + count), party)


def parties(found):
    return [b.party for b in found] if isinstance(found, list) else found


def observe():
    rng = random.Random(5150)
    results = []
    for first, count in [(0, 1), (0, 2), (3, 3), (18, 2), (19, 1), (0, SLOTS_PER_DAY)]:
        b = booking(1, first, count)
        results.append(attempt(lambda: list(taken_slots(b))))
        results.append(attempt(hours_booked, [b]))
        for minutes in (30, 60, 90, 120):
            results.append(attempt(free_starts, [b], 1, minutes))
        for other_first in range(0, SLOTS_PER_DAY, 1):
            for other_count in (1, 2, 3):
                if other_first + other_count <= SLOTS_PER_DAY:
                    new = booking(1, other_first, other_count, "new")
                    results.append(attempt(lambda: parties(clashes([b], new))))
    for _ in range(80):
        diary = []
        for k in range(rng.randint(0, 12)):
            count = rng.randint(1, 4)
            first = rng.randint(0, SLOTS_PER_DAY - count)
            diary.append(booking(rng.choice(LANES), first, count, f"party{k}"))
        results.append(attempt(hours_booked, diary))
        for lane in LANES:
            results.append(attempt(free_starts, diary, lane, rng.choice((30, 45, 60, 90, 120))))
        for _ in range(5):
            count = rng.randint(1, 4)
            new = booking(rng.choice(LANES), rng.randint(0, SLOTS_PER_DAY - count), count, "new")
            results.append(attempt(lambda: parties(clashes(diary, new))))
    return results
