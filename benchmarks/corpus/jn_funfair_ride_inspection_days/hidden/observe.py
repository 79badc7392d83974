"""inspection_dates on seasons open every day, with closed weekdays and closures at the start, middle and end, how_many limits, then random seasons; examiner_diary on a few."""

import random
from datetime import date, timedelta

from observing import attempt
from inspections import EVERY, examiner_diary, inspection_dates
from season import Season

START = date(2024, 6, 1)  # a Saturday


def season_of(length, weekdays=(), closed_offsets=()):
    closures = frozenset(START + timedelta(days=d) for d in closed_offsets)
    return Season("Common", START, START + timedelta(days=length - 1), frozenset(weekdays), closures)


def observe():
    rng = random.Random(7310)
    results = []
    edge = [
        season_of(30),
        season_of(1),
        season_of(10, closed_offsets=(0,)),
        season_of(10, closed_offsets=(9,)),
        season_of(10, closed_offsets=(4, 5)),
        season_of(14, weekdays=(0,)),
        season_of(14, weekdays=(5,)),
        season_of(7, weekdays=range(7)),
        season_of(21, weekdays=(0, 1), closed_offsets=(10, 11, 12)),
    ]
    for season in edge:
        for every in (0, 1, 2, 3, 5, 7, 30):
            for how_many in (None, 0, 1, 2, 100):
                results.append(attempt(inspection_dates, season, every, how_many))
    for _ in range(150):
        length = rng.randint(1, 60)
        weekdays = rng.sample(range(7), rng.choice((0, 0, 1, 1, 2, 3)))
        closed = rng.sample(range(length), rng.randint(0, min(length, 5)))
        season = season_of(length, weekdays, closed)
        every = rng.randint(1, 15)
        how_many = rng.choice((None, None, rng.randint(0, 6)))
        results.append(attempt(inspection_dates, season, every, how_many))
        if rng.random() < 0.2:
            results.append(attempt(examiner_diary, season, rng.sample(sorted(EVERY), rng.randint(1, 3))))
    return results
