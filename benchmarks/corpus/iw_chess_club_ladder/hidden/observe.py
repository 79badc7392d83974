"""Standings for draws either way round, ties on points with different wins, then random club seasons."""

import random

from observing import attempt
from games import Game
from ladder import head_to_head, standings

NAMES = ["Alice", "Bob", "Carol", "Dan", "Erin", "Finn", "Gwen", "Hal"]


def table(games):
    return [(r.player, r.played, r.won, r.drawn, r.lost, r.points) for r in standings(games)]


def observe():
    rng = random.Random(1851)
    results = []
    fixed = [
        [],
        [Game("A", "B", "1/2-1/2")],
        [Game("B", "A", "1/2-1/2")],
        [Game("A", "B", "1-0"), Game("C", "D", "1/2-1/2"), Game("D", "C", "1/2-1/2")],
        [Game("A", "B", "1-0"), Game("B", "A", "1-0"), Game("C", "D", "1/2-1/2"), Game("C", "D", "1/2-1/2")],
        [Game("Z", "Y", "1-0"), Game("Z", "X", "0-1"), Game("W", "Y", "1/2-1/2"), Game("W", "X", "1/2-1/2")],
        [Game("A", "B", "1-0"), Game("B", "C", "1-0"), Game("C", "A", "1-0")],
    ]
    for games in fixed:
        results.append(attempt(table, games))
    for _ in range(120):
        players = NAMES[: rng.randint(2, len(NAMES))]
        games = []
        for _ in range(rng.randint(1, 20)):
            white, black = rng.sample(players, 2)
            games.append(Game(white, black, rng.choice(["1-0", "0-1", "1/2-1/2", "1/2-1/2"])))
        results.append(attempt(table, games))
        a, b = rng.sample(players, 2)
        results.append(attempt(head_to_head, games, a, b))
    return results
