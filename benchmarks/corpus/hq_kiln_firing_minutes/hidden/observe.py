"""Firing times of random schedules: ramps up and down, holds, odd room temperatures."""

import random

from observing import attempt
from kiln.firing import finish_clock, firing_minutes
from kiln.schedule import Segment, parse_schedule


def observe():
    rng = random.Random(1222)
    results = []
    edge = [
        [],
        [Segment(100, 20)],
        [Segment(100, 620), Segment(100, 620, hold=5)],
        [Segment(60, 80), Segment(60, 20)],
        [Segment(600, 1000), Segment(50, 900), Segment(50, 1000)],
    ]
    for segments in edge:
        for room in (0, 20, 35.5):
            results.append(attempt(firing_minutes, segments, room))
            results.append(attempt(finish_clock, "23:59", segments, room))
    results.append(attempt(firing_minutes, parse_schedule("full to 1000\nfull to 500 hold 0")))
    for _ in range(100):
        segments = [
            Segment(rng.choice([50, 80, 100, 150, 200, 600]), rng.randint(100, 1300), rng.choice([0, 0, 5, 10, 30]))
            for _ in range(rng.randint(1, 6))
        ]
        room = rng.choice([15, 20, 25])
        results.append(attempt(firing_minutes, segments, room))
        results.append(attempt(finish_clock, f"{rng.randint(0, 23)}:{rng.randint(0, 59):02d}", segments, room))
    return results
