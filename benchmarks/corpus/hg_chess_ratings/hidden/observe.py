"""Clubs of random strength playing random games: every change and the final standings."""

import random

from observing import attempt
from clubrating.club import Club

RESULTS = ["1-0", "1/2-1/2", "0-1"]


def observe():
    rng = random.Random(1851)
    results = []
    for white, black in [(1200, 1200), (1200, 2000), (2000, 1200), (2450, 2300), (1000, 2800)]:
        for result in RESULTS:
            club = Club()
            club.join("w", white)
            club.join("b", black)
            results.append(attempt(club.record, "w", "b", result))
            results.append(club.standings())
    club = Club()
    club.join("solo")
    results.append(attempt(club.record, "solo", "solo", "1-0"))
    results.append(attempt(club.record, "solo", "ghost", "1-0"))
    for _ in range(15):
        club = Club()
        names = [f"p{i}" for i in range(rng.randint(2, 8))]
        for name in names:
            club.join(name, rng.choice([800, 1200, 1500, 1850, 2100, 2400, 2650]) + rng.randint(-50, 50))
        for _ in range(rng.randint(5, 60)):
            white, black = rng.sample(names, 2)
            results.append(attempt(club.record, white, black, rng.choice(RESULTS)))
        results.append(club.standings())
        results.append([round(p.rating, 6) for p in club.players.values()])
    return results
