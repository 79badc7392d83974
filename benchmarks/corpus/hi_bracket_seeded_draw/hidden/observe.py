"""Draws for every field size up to 17, then random fields with tied ratings."""

import random

from observing import attempt
from bracket.draw import byes, first_round
from bracket.players import Player


def observe():
    rng = random.Random(1642)
    results = []
    for count in range(0, 18):
        players = [Player(f"p{n:02d}", 1500 + 37 * ((n * 7) % count) if count else 1500) for n in range(count)]
        results.append(attempt(first_round, players))
        results.append(attempt(byes, players))
    for _ in range(100):
        players = [Player(f"q{n}", rng.choice([1200, 1400, 1400, 1600, 1800, 2000, 2000])) for n in range(rng.randint(1, 20))]
        rng.shuffle(players)
        results.append(attempt(first_round, players))
    return results
