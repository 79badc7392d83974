"""season_statement on nights with no guests, guests and no concessions, all concessions, some, at several prices, then random seasons."""

import random
from datetime import date, timedelta

from observing import attempt
from filmsoc.screenings import Screening
from filmsoc.statement import season_statement


def observe():
    rng = random.Random(2718)
    results = [attempt(season_statement, [])]
    day = date(2024, 9, 6)
    for members in (0, 1, 25):
        for guests, concessions in ((0, 0), (1, 0), (1, 1), (5, 2), (12, 8), (20, 20), (3, 4)):
            for guarantee, percent in ((0, 35), (5000, 35), (10000, 50), (2500, 0)):
                night = Screening("Night", day, members, guests, concessions, guarantee, percent)
                results.append(attempt(season_statement, [night]))
                results.append(attempt(season_statement, [night], 350, 700, 450))
                results.append(attempt(season_statement, [night], 400, 500, 500))
    for _ in range(150):
        screenings = []
        for n in range(rng.randint(0, 12)):
            guests = rng.randint(0, 40)
            screenings.append(Screening(
                f"Film {n}",
                day + timedelta(days=rng.randint(0, 200)),
                rng.randint(0, 80),
                guests,
                rng.randint(0, guests),
                rng.choice((0, 2500, 5000, 7500, 10000, 15000)),
                rng.choice((25, 30, 35, 40, 50)),
            ))
        prices = rng.choice(((), (400, 650, 500), (300, 600, 350), (rng.randint(0, 600), rng.randint(0, 900), rng.randint(0, 700))))
        results.append(attempt(season_statement, screenings, *prices))
    return results
