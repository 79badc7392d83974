"""Race results and series tables for random fleets and finishing times."""

import random

from observing import attempt
from regatta.fleet import YARDSTICK, Boat
from regatta.race import score_race
from regatta.series import series_table


def observe():
    rng = random.Random(1287)
    results = []
    boats = {str(n): Boat(str(n), f"helm {n}", klass) for n, klass in enumerate(sorted(YARDSTICK), 100)}
    sails = sorted(boats)
    results.append(attempt(score_race, {}, boats))
    for elapsed in ("0:00", "0:01", "10:00", "1:00:00", "2:30:15"):
        results.append(attempt(score_race, {sail: elapsed for sail in sails}, boats))
    for _ in range(100):
        fleet = rng.sample(sails, rng.randint(1, len(sails)))
        races = []
        for _ in range(rng.randint(1, 4)):
            finishes = {}
            for sail in fleet:
                if rng.random() < 0.15:
                    finishes[sail] = rng.choice(["DNF", "DNS", "RET"])
                else:
                    seconds = rng.randint(1500, 5400)
                    finishes[sail] = f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
            race = attempt(score_race, finishes, boats)
            results.append(race)
            if isinstance(race, list):
                races.append(race)
        results.append(attempt(series_table, races, rng.randint(0, 1)))
    return results
