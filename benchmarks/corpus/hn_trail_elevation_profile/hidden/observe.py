"""Elevations and grades on edge profiles and random hilly tracks."""

import math
import random

from observing import attempt
from trail.profile import ElevationProfile


def observe():
    rng = random.Random(6203)
    results = []
    edge = [
        [(2.0, 95)],
        [(0.0, 100), (1.0, 200)],
        [(0.0, 300), (0.5, 300), (1.5, 150)],
        [(2.0, 300), (0.0, 100), (1.0, 150)],
    ]
    for points in edge:
        profile = ElevationProfile(points)
        for km in (-0.1, 0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5):
            results.append(attempt(profile.elevation_at, km))
        results.append((profile.highest_point(), profile.total_ascent(), profile.walking_hours()))
        results.append(attempt(profile.steepest_grade, 0.0, 2.0, 0.25))
    results.append(attempt(ElevationProfile, []))
    for _ in range(100):
        step = rng.choice([0.25, 0.5, 1.0])
        phase = rng.uniform(0, 2 * math.pi)
        base, hill = rng.uniform(50, 900), rng.uniform(20, 400)
        points = [(i * step, round(base + hill * math.sin(phase + i * step / 1.7), 1))
                  for i in range(rng.randint(1, 12))]
        profile = ElevationProfile(points)
        last = points[-1][0]
        kms = [rng.uniform(0, last) for _ in range(4)] + [rng.choice(points)[0]]
        results.append([attempt(profile.elevation_at, km) for km in kms])
        start = rng.uniform(0, last)
        results.append(attempt(profile.steepest_grade, start, start + rng.uniform(0, 3), rng.choice([0.1, 0.2])))
    return results
