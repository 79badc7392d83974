"""session_prizes with the house called on, just inside and just outside the snowball calls, several early houses in a row, empty sessions and shared prizes; then random sessions; hall_keeps on each."""

import random

from observing import attempt
from bingohall.games import Game
from bingohall.prizes import hall_keeps, session_prizes


def run(games, snowball):
    prizes, carried = session_prizes(games, snowball)
    return prizes, carried, hall_keeps(games, prizes, snowball, carried)


def observe():
    rng = random.Random(3391)
    results = [attempt(run, [], 0), attempt(run, [], 12000)]
    for call in (15, 47, 48, 49, 90):
        for snowball in (0, 1, 5000, 25001):
            results.append(attempt(run, [Game(70, 1, 1, call)], snowball))
            results.append(attempt(run, [Game(70, 2, 3, call), Game(55, 1, 1, 60)], snowball))
            results.append(attempt(run, [Game(70, 1, 1, 60), Game(55, 1, 2, call), Game(90, 1, 1, call)], snowball))
    for early in range(1, 5):
        games = [Game(50 + n, 1, 1, 40 if n < early else 70) for n in range(6)]
        results.append(attempt(run, games, 10000))
        results.append(attempt(run, list(reversed(games)), 10000))
    for _ in range(150):
        games = [
            Game(rng.randint(0, 200), rng.choice((1, 1, 2, 3)), rng.choice((1, 1, 2, 4)), rng.choice((rng.randint(15, 90), rng.randint(40, 55))))
            for _ in range(rng.randint(0, 12))
        ]
        results.append(attempt(run, games, rng.choice((0, 1000, rng.randint(0, 60000)))))
    return results
