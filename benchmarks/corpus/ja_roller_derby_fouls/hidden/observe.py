"""fouled_out and box_sheet on skaters with six to nine penalties, then random bouts."""

import random

from observing import attempt
from derby.penalties import Penalty, box_sheet, fouled_out, penalty_counts

ROSTER = {"12": "Brick Mayhem", "404": "Not Found", "7": "Lucky Strike", "00": "Ada Lovecrash"}
CODES = ["B", "X", "M", "C", "G", "L", "P", "I"]


def observe():
    rng = random.Random(7202)
    results = []
    for count in range(0, 10):
        penalties = [Penalty(1 + jam // 15, jam % 15 + 1, "12", "B") for jam in range(0, count * 3, 3)]
        results.append(attempt(fouled_out, penalties))
        results.append(attempt(box_sheet, penalties, ROSTER))
        rng.shuffle(penalties)
        results.append(attempt(fouled_out, penalties))
    for _ in range(100):
        skaters = rng.sample(sorted(ROSTER) + ["99"], rng.randint(1, 5))
        penalties = [
            Penalty(rng.randint(1, 2), rng.randint(1, 20), rng.choice(skaters), rng.choice(CODES))
            for _ in range(rng.randint(0, 40))
        ]
        results.append(attempt(penalty_counts, penalties))
        results.append(attempt(fouled_out, penalties))
        results.append(attempt(box_sheet, penalties, ROSTER))
    return results
