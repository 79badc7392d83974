"""Contest results around the time limit (under, on, a second over, whole and part minutes over), then random contests."""

import random

from observing import attempt
from contest import Contest

BANDS = ["Ripley", "Hebden Bridge", "Marsden", "Clayton West", "Slaithwaite", "Meltham", "Thornsett", "Dobcross"]
JUDGES = ["Mr Childs", "Ms Sykes", "Dr Brand"]


def stopwatch(seconds):
    return f"{seconds // 60}:{seconds % 60:02d}"


def run(limit, marks, times, withdrawn=()):
    contest = Contest("Fourth", limit)
    for band in marks:
        contest.enter(band)
    lines = [f"{judge}: {band} = {points}" for band, given in marks.items() for judge, points in zip(JUDGES, given)]
    contest.add_marks("\n".join(lines))
    for band, seconds in times.items():
        contest.record_time(band, stopwatch(seconds))
    for band in withdrawn:
        contest.withdraw(band)
    return contest.results()


def observe():
    rng = random.Random(1853)
    results = []
    for limit in (10, 12, 15):
        for offset in (-600, -61, -60, -1, 0, 1, 2, 30, 59, 60, 61, 119, 120, 121, 179, 180, 181, 300, 599):
            seconds = limit * 60 + offset
            marks = {"Ripley": [84, 86], "Marsden": [90, 89]}
            results.append(attempt(run, limit, marks, {"Marsden": seconds}))
            results.append(attempt(run, limit, marks, {"Marsden": seconds, "Ripley": limit * 60}))
    results.append(attempt(run, 15, {"Ripley": [], "Marsden": [80]}, {}))
    results.append(attempt(run, 15, {}, {}))
    for _ in range(120):
        limit = rng.choice((10, 12, 15, 17, 20))
        marks = {}
        times = {}
        for band in rng.sample(BANDS, rng.randint(1, len(BANDS))):
            marks[band] = [rng.choice(range(70, 100)) + rng.choice((0, 0.5)) for _ in range(rng.randint(0, 3))]
            if rng.random() < 0.8:
                times[band] = max(0, limit * 60 + rng.randint(-240, 240))
        withdrawn = [band for band in marks if rng.random() < 0.1]
        results.append(attempt(run, limit, marks, times, withdrawn))
    return results
