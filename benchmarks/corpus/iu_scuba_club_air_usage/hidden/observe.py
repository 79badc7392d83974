"""air_report on single dives at set depths and times, then random club logs."""

import random

from observing import attempt
from divelog import Dive, air_report, heavy_breathers


def observe():
    rng = random.Random(1730)
    results = []
    for minutes in (0, 1, 30, 61):
        for depth in (0.0, 4.5, 10.0, 18.0, 30.0, -2.0):
            for start, end, cylinder in ((200, 50, 12.0), (232, 232, 10.0), (210, 90, 15.0), (50, 80, 12.0)):
                report = attempt(air_report, [Dive(1, "Ann", "Pier", minutes, depth, start, end, cylinder)])
                results.append(report)
                if isinstance(report, dict):
                    results.append(attempt(heavy_breathers, report))
    divers = ["Priya", "Gareth", "Sam", "Lena", "Tom"]
    for _ in range(100):
        dives = []
        for number in range(rng.randint(0, 12)):
            start = rng.choice((200, 210, 220, 232))
            dives.append(Dive(number, rng.choice(divers), "site", rng.randint(0, 70), round(rng.uniform(0, 35), 1),
                              start, start - rng.randint(0, 180), rng.choice((10.0, 12.0, 15.0))))
        report = attempt(air_report, dives)
        results.append(report)
        if isinstance(report, dict):
            results.append(attempt(heavy_breathers, report, rng.choice((10.0, 15.0, 20.0, 25.0))))
    return results
