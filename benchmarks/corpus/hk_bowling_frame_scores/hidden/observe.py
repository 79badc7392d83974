"""Frame scores of random games, whole and cut off after any roll."""

import random

from observing import attempt
from bowling.score import frame_scores, game_score, is_complete
from bowling.sheet import parse_rolls


def random_game(rng):
    rolls = []
    for frame in range(10):
        first = rng.choice([10, 10, rng.randint(0, 10), rng.randint(0, 9)])
        rolls.append(first)
        if first == 10 and frame < 9:
            continue
        second = rng.randint(0, 10 - first) if first < 10 else rng.randint(0, 10)
        if rng.random() < 0.3 and first < 10:
            second = 10 - first
        rolls.append(second)
        if frame == 9 and first + second >= 10:
            rolls.append(rng.randint(0, 10 if (first == 10 and second == 10) or first + second == 10 else 10 - second))
    return rolls


def observe():
    rng = random.Random(3107)
    results = []
    edge = [[], [10], [10, 10], [10, 10, 10], [5, 5], [5, 5, 5], [9], [9, 0], [0, 10, 3], [10, 0, 10, 2],
            [10] * 12, [5] * 21, [0] * 20, [10, 3, 7, 10, 4], [1, 9, 10, 10, 2]]
    for rolls in edge:
        results.append(attempt(frame_scores, rolls))
    for sheet in ["", "X", "X 5", "9-", "9/", "9/ 5", "X X", "X X X", "X7/9-X-88/-6XXX81", "-/ -/ -/"]:
        results.append((attempt(game_score, sheet), attempt(is_complete, sheet), attempt(parse_rolls, sheet)))
    for _ in range(100):
        rolls = random_game(rng)
        cut = rng.randint(0, len(rolls))
        results.append((attempt(frame_scores, rolls), attempt(frame_scores, rolls[:cut])))
    return results
