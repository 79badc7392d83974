"""Race results with pooled and unpooled birds, wrong clocks, double clockings, then random races."""

import random

from observing import attempt
from racing.lofts import Loft
from racing.results import Marked, Race, loft_result, pool_winnings, race_result

LOFTS = {
    "J Haigh": Loft("J Haigh", 53.701, -1.782),
    "Firth & Son": Loft("Firth & Son", 53.652, -1.805),
    "K Barraclough": Loft("K Barraclough", 53.724, -1.698),
    "A Sutcliffe": Loft("A Sutcliffe", 53.59, -1.95),
}
RACES = [
    Race("Newbury", 51.4014, -1.3231, "07:30:00"),
    Race("Hereford", 52.056, -2.716, "08:15:00"),
    Race("Folkestone", 51.081, 1.166, "06:45:00"),
]


def hms(seconds):
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def result_and_pools(race, marked, clockings):
    rows = race_result(race, LOFTS, marked, clockings)
    plain = [(row.member, row.ring, row.yards, row.minutes, row.velocity) for row in rows]
    return plain, loft_result(rows), pool_winnings(rows, marked, 1), pool_winnings(rows, marked, 5)


def observe():
    rng = random.Random(8086)
    results = []
    race = RACES[0]
    for pools in ((), (1,), (5,), (1, 5)):
        for member, clock_member in (("J Haigh", "J Haigh"), ("J Haigh", "Firth & Son")):
            for time in ("07:30:00", "07:29:00", "11:02:10"):
                marked = {"R1": Marked("R1", member, pools), "R2": Marked("R2", "K Barraclough", (1,))}
                clockings = [(clock_member, "R1", time), ("K Barraclough", "R2", "11:05:30"), ("J Haigh", "R1", "11:40:00")]
                results.append(attempt(result_and_pools, race, marked, clockings))
    results.append(attempt(result_and_pools, race, {}, []))
    members = sorted(LOFTS)
    for _ in range(100):
        race = rng.choice(RACES)
        start = sum(int(p) * m for p, m in zip(race.liberated.split(":"), (3600, 60, 1)))
        marked = {}
        for k in range(rng.randint(0, 14)):
            ring = f"GB24N{rng.randint(1000, 9999)}"
            pools = tuple(stake for stake in (1, 2, 5) if rng.random() < 0.4)
            marked[ring] = Marked(ring, rng.choice(members), pools)
        clockings = []
        for ring, bird in marked.items():
            if rng.random() < 0.85:
                member = bird.member if rng.random() < 0.9 else rng.choice(members)
                clockings.append((member, ring, hms(start + rng.randint(-60, 5 * 3600))))
                if rng.random() < 0.1:
                    clockings.append((bird.member, ring, hms(start + rng.randint(3600, 6 * 3600))))
        if rng.random() < 0.3:
            clockings.append((rng.choice(members), "GB24N0000", hms(start + 7200)))
        rng.shuffle(clockings)
        results.append(attempt(result_and_pools, race, marked, clockings))
    return results
