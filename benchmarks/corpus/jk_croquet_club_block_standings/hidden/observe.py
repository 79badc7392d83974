"""block_standings on empty, one-game, tied-on-wins and bad blocks, then random blocks; still_to_play alongside."""

import random

from observing import attempt
from results import Game, parse_results
from standings import block_standings, still_to_play

PLAYERS = ["Margaret", "Hugh", "Alison", "Derek", "Rupert", "Jean", "Colin"]


def observe():
    rng = random.Random(6262)
    results = []
    block = PLAYERS[:4]
    edge = [
        [],
        [Game("Margaret", "Hugh", 1)],
        [Game("Margaret", "Hugh", 26), Game("Hugh", "Margaret", 26)],
        [Game("Margaret", "Hugh", 10), Game("Alison", "Derek", 10), Game("Hugh", "Alison", 3)],
        [Game("Derek", "Alison", 5), Game("Derek", "Hugh", 2), Game("Margaret", "Derek", 20)],
        [Game("Margaret", "Rupert", 5)],
        [Game("Margaret", "Margaret", 5)],
    ]
    for games in edge:
        results.append(attempt(block_standings, block, games))
        results.append(attempt(still_to_play, block, games))
    results.append(attempt(block_standings, block, parse_results("Hugh bt Alison +12\nAlison bt Derek +3T\n")))
    for _ in range(150):
        players = rng.sample(PLAYERS, rng.randint(2, len(PLAYERS)))
        games = []
        for _g in range(rng.randint(0, 12)):
            winner, loser = rng.sample(players, 2)
            if rng.random() < 0.03:
                loser = "Visitor"
            games.append(Game(winner, loser, rng.randint(1, 26), rng.random() < 0.2))
        results.append(attempt(block_standings, players, games))
        results.append(attempt(still_to_play, players, games))
    return results
