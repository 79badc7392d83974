"""Random games, scores negative and positive: bests, new-best flags, tables and ranks."""

import random

from observing import attempt
from arcade.board import Leaderboard


def observe():
    rng = random.Random(241)
    results = []
    for _ in range(30):
        board = Leaderboard(size=rng.randint(1, 4))
        for _ in range(rng.randint(1, 15)):
            results.append(attempt(board.record, rng.choice(["ann", "bob", "cy", "dee"]), rng.randint(-20, 100)))
        results.append((dict(board.best), board.games, attempt(board.top)))
        results.append([attempt(board.rank, p) for p in ("ann", "bob", "zed")])
    return results
