"""go_ahead for each level around the gust limits, sessions part covered or not covered
by the forecast, then random forecasts and timetables."""

import random

from observing import attempt
from dinghy.forecast import Hour
from dinghy.sessions import Session, describe, go_ahead, windiest_hour

LEVELS = ["beginner", "improver", "racing"]


def observe():
    rng = random.Random(6062)
    results = []
    for level in LEVELS:
        for gust in (0, 1, 7, 8, 13, 14, 20, 21, 28, 29, 30, 45, 60):
            forecast = [Hour(h, max(gust - 6, 0), gust, "W") for h in range(9, 17)]
            results.append(attempt(go_ahead, [Session("s", level, 10, 2)], forecast))
        for start, hours in ((7, 2), (8, 2), (16, 3), (20, 1), (12, 0)):
            forecast = [Hour(h, 10, 15 + h, "SW") for h in range(9, 17)]
            results.append(attempt(go_ahead, [Session("s", level, start, hours)], forecast))
    results.append(attempt(go_ahead, [], []))
    for _ in range(150):
        base = rng.randint(0, 30)
        forecast = [Hour(h, max(base + rng.randint(-4, 4), 0), 0, rng.choice(["N", "SW", "W", "ENE"])) for h in range(rng.randint(6, 10), rng.randint(12, 21))]
        forecast = [Hour(h.hour, h.wind_mph, h.wind_mph + rng.randint(0, 12), h.direction) for h in forecast]
        sessions = [Session(f"s{k}", rng.choice(LEVELS), rng.randint(6, 19), rng.randint(1, 4)) for k in range(rng.randint(1, 6))]
        results.append(attempt(go_ahead, sessions, forecast))
        results.append(attempt(windiest_hour, forecast))
        if forecast:
            results.append(attempt(describe, rng.choice(forecast)))
    return results
