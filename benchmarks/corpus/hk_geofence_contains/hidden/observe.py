"""Fence membership and track events around random fences all over the globe."""

import random

from observing import attempt
from geofence.fences import Fence, events, fences_at


def observe():
    rng = random.Random(7733)
    results = []
    origin = Fence("origin", 0.0, 0.0, 10.0)
    diagonal = Fence("diagonal", 30.0, 30.0, 50.0)
    pole = Fence("pole", 89.9, 0.0, 30.0)
    for fence in (origin, diagonal, pole):
        for lat, lon in [(0, 0), (0.05, 0), (0, 0.05), (0.1, 0.0), (0.0, 0.1), (30, 30), (30.3, 30), (30, 30.4),
                         (30.5, 29.8), (89.9, 120), (90, 0), (-90, 0), (91, 0), (0, 181), (89.75, 0), (89.9, 180)]:
            results.append(attempt(fence.contains, lat, lon))
    for _ in range(100):
        fences = []
        for index in range(rng.randint(1, 4)):
            lat, lon = rng.uniform(-70, 70), rng.uniform(-170, 170)
            fences.append(Fence(f"f{index}", round(lat, 4), round(lon, 4), rng.choice([0.5, 2.0, 5.0, 25.0])))
        base = rng.choice(fences)
        track = []
        for _ in range(rng.randint(1, 8)):
            spread = rng.choice([0.01, 0.05, 0.3])
            track.append((base.lat + rng.uniform(-spread, spread), base.lon + rng.uniform(-spread, spread)))
        results.append([attempt(fences_at, fences, lat, lon) for lat, lon in track])
        results.append(attempt(events, fences, track))
    return results
