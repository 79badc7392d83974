"""Stints, long stints and unmanned gaps for single guards, back-to-back and overlapping shifts, then random rotas."""

import random
from datetime import date, datetime, timedelta

from observing import attempt
from lifeguards.rota import stints, too_long, unmanned
from lifeguards.shifts import Shift

DAY = date(2024, 8, 3)
OPEN = datetime(2024, 8, 3, 10, 0)
CLOSE = datetime(2024, 8, 3, 18, 0)
GUARDS = ["Kerry", "Josh", "Amara", "Finn", "Lowri"]


def at(minutes):
    return OPEN + timedelta(minutes=minutes)


def observe():
    rng = random.Random(3303)
    results = []
    edge = [
        [],
        [Shift("Kerry", "North", at(0), at(120))],
        [Shift("Kerry", "North", at(0), at(300))],
        [Shift("Kerry", "North", at(0), at(240))],
        [Shift("Kerry", "North", at(0), at(120)), Shift("Kerry", "South", at(120), at(300))],
        [Shift("Kerry", "North", at(0), at(120)), Shift("Kerry", "South", at(121), at(300))],
        [Shift("Kerry", "North", at(0), at(200)), Shift("Kerry", "South", at(60), at(120))],
        [Shift("Kerry", "North", at(60), at(120)), Shift("Josh", "North", at(0), at(480))],
        [Shift("Josh", "South", at(0), at(60)), Shift("Josh", "South", at(90), at(150)), Shift("Josh", "North", at(150), at(400))],
    ]
    for shifts in edge:
        results.append(attempt(stints, shifts))
        results.append(attempt(too_long, shifts))
        results.append(attempt(too_long, shifts, timedelta(hours=2)))
        results.append(attempt(unmanned, shifts, "North", OPEN, CLOSE))
    for _ in range(120):
        shifts = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 14) * 30
            length = rng.randint(1, 8) * 30
            shifts.append(Shift(rng.choice(GUARDS), rng.choice(["North", "South", "Pier"]), at(start), at(start + length)))
        rng.shuffle(shifts)
        results.append(attempt(stints, shifts))
        results.append(attempt(too_long, shifts, timedelta(minutes=rng.choice([120, 180, 240]))))
        results.append(attempt(unmanned, shifts, rng.choice(["North", "South", "Pier"]), OPEN, CLOSE))
    return results
