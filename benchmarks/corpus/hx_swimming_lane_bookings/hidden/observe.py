"""Free lanes around bookings that touch, overlap and nest, on sheets of one to
eight lanes, and random days of bookings made through book()."""

import random
from datetime import time

from observing import attempt
from pool.lanes import Booking, LaneSheet

CLUBS = ["Otters", "Masters", "Tri", "School", "Aquafit"]


def hhmm(minutes):
    return f"{minutes // 60}:{minutes % 60:02d}"


def observe():
    rng = random.Random(7713)
    results = []
    for lanes in (1, 2, 3, 6, 8):
        sheet = LaneSheet(lanes=lanes, opens="6:00", closes="22:00")
        sheet.bookings = [Booking(1, time(9), time(10), "A"), Booking(min(2, lanes), time(10), time(11), "B"),
                          Booking(lanes, time(12), time(12, 30), "C")]
        for start, end in ((8, 9), (9, 10), (10, 11), (11, 12), (9.5, 10.5), (12.5, 13), (11.5, 12.25), (6, 22)):
            s = time(int(start), int(start % 1 * 60))
            e = time(int(end) if end < 24 else 23, int(end % 1 * 60))
            results.append(attempt(sheet.free_lanes, s, e))
    for _ in range(100):
        sheet = LaneSheet(lanes=rng.randint(1, 8), opens="6:00", closes="22:00")
        made = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randrange(6 * 60, 21 * 60, 15)
            end = start + rng.choice([15, 30, 45, 60, 90])
            lane = rng.choice([None, None, rng.randint(1, sheet.lanes)])
            booked = attempt(sheet.book, rng.choice(CLUBS), hhmm(start), hhmm(end), lane)
            made.append(booked if isinstance(booked, str) else (booked.lane, booked.club))
        start = rng.randrange(6 * 60, 21 * 60, 15)
        window = (time(start // 60, start % 60), time((start + 60) // 60, (start + 60) % 60))
        results.append((made, attempt(sheet.free_lanes, *window), attempt(sheet.minutes_by_club)))
    return results
