"""Flood spans, hours above and alerts for random river hydrographs."""

import math
import random
from datetime import datetime

from observing import attempt
from rivergauge.alerts import alert, flood_spans, hours_above

FIRST = datetime(2024, 2, 1, 0)


def observe():
    rng = random.Random(3390)
    results = []
    edge = [[], [2.5], [2.4], [2.5, 2.5], [1.0, 2.5], [2.5, 1.0], [3.0, 1.0, 3.0], [1.0, 3.0, 1.0, 3.0, 3.0]]
    for levels in edge:
        for threshold in (2.0, 2.5, 3.0):
            results.append(attempt(flood_spans, levels, threshold))
            results.append(attempt(hours_above, levels, threshold))
            results.append(attempt(alert, FIRST, levels, threshold))
    for _ in range(100):
        base = rng.uniform(1.0, 2.6)
        swell = rng.uniform(0.2, 1.5)
        period = rng.uniform(4, 30)
        phase = rng.uniform(0, 2 * math.pi)
        hours = rng.randint(1, 48)
        levels = [round(base + swell * math.sin(phase + 2 * math.pi * h / period) + rng.uniform(-0.1, 0.1), 2)
                  for h in range(hours)]
        threshold = rng.choice([2.0, 2.5, 2.5, 3.0])
        results.append(attempt(flood_spans, levels, threshold))
        results.append(attempt(flood_spans, levels))
        results.append(attempt(hours_above, levels, threshold))
        results.append(attempt(alert, FIRST, levels, threshold))
    return results
