"""Streams of runs, in and out of submission order, fed to leaderboards."""

import random
from datetime import datetime, timedelta

from leaderboard import Leaderboard
from observing import attempt
from runs import Run, format_time, parse_time


def observe():
    rng = random.Random(9031)
    results = [attempt(parse_time, t) for t in ["24:58.25", "1:02:03.45", "59.9", "0", "1:x:00", "1:2:3:4", ""]]
    results += [attempt(format_time, ms) for ms in (0, 999, 60_000, 3_600_000, 3_723_450)]
    start = datetime(2024, 1, 1)
    for _ in range(60):
        board = Leaderboard("any%")
        runners = rng.sample(["kira", "moss", "tamsin", "oda", "lev"], rng.randint(1, 4))
        times = [rng.choice([1_500_000, 1_520_000, 1_480_000]) + rng.choice([0, 0, 250, -250, 10_000]) for _ in range(6)]
        for _ in range(rng.randint(1, 12)):
            run = Run(rng.choice(runners), rng.choice(["any%", "any%", "any%", "100%"]), rng.choice(times),
                      start + timedelta(hours=rng.randint(0, 500)), rng.random() > 0.15)
            results.append(attempt(board.submit, run))
        results.append(attempt(board.standings))
        results.append([attempt(board.personal_best, name) for name in runners])
    return results
