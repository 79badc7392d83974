"""soak_returns and season_cpue on one string hauled again after one to several days, twice in a day, out of order, then random seasons over a few strings."""

import random
from datetime import date, timedelta

from observing import attempt
from hauls import Haul
from soak import season_cpue, soak_returns

START = date(2024, 5, 1)


def run(hauls, shot):
    return attempt(soak_returns, hauls, shot), attempt(season_cpue, hauls, shot)


def observe():
    rng = random.Random(6203)
    shot = {"KETTLE": START, "LEDGES": START + timedelta(days=3)}
    results = [run([], shot)]
    for gaps in ([0], [1], [3], [0, 0], [1, 1], [2, 5], [4, 0, 3], [7, 7, 7], [1, 2, 3, 4, 5], [10, 1, 0, 2]):
        day = START
        hauls = []
        for n, gap in enumerate(gaps):
            day += timedelta(days=gap)
            hauls.append(Haul(day, "KETTLE", 40, 3 + n * 5, n))
        results.append(run(hauls, shot))
        results.append(run(list(reversed(hauls)), shot))
        results.append(run(hauls + [Haul(START + timedelta(days=6), "LEDGES", 25, 9, 2)], shot))
    results.append(run([Haul(START, "MISSING", 10, 1, 1)], shot))
    results.append(run([Haul(START + timedelta(days=2), "KETTLE", 0, 1, 1)], shot))
    for _ in range(150):
        strings = {f"S{n}": START + timedelta(days=rng.randint(0, 6)) for n in range(rng.randint(1, 5))}
        hauls = []
        for _ in range(rng.randint(0, 30)):
            string = rng.choice(sorted(strings))
            day = strings[string] + timedelta(days=rng.randint(0, 40))
            hauls.append(Haul(day, string, rng.choice((20, 30, 40, 50)), rng.randint(0, 25), rng.randint(0, 30)))
        results.append(run(hauls, strings))
    return results
