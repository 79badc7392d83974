"""CutPlan.place for pieces that leave the remaining timber just above, at and below
the piece and its kerf; random cut lists."""

import random

from observing import attempt
from cutlist.pieces import Piece
from cutlist.plan import CutPlan, plan


def layout(cut_plan):
    if isinstance(cut_plan, str):
        return cut_plan
    return [(board.cuts, board.remaining) for board in cut_plan.boards]


def run(board_length, kerf, lengths):
    cut_plan = CutPlan(board_length, kerf)
    placed = [attempt(cut_plan.place, f"p{i}", length) for i, length in enumerate(lengths)]
    return placed, layout(cut_plan)


def observe():
    rng = random.Random(2440)
    results = []
    for kerf in (0, 3, 5):
        for first in (1000, 1200, 1500, 2397):
            left = 2400 - first - kerf
            for second in (left - kerf - 1, left - kerf, left - kerf + 1, left - 1, left, left + 1, 50):
                results.append(run(2400, kerf, [first, second, 10]))
    for length in (-5, 0, 2396, 2397, 2398, 2400, 2401):
        results.append(run(2400, 3, [length]))
    for _ in range(100):
        board_length = rng.choice([1200, 1800, 2400, 3000])
        kerf = rng.choice([0, 2, 3, 4])
        pieces = [Piece(f"part{j}", rng.randint(100, board_length), rng.randint(1, 3)) for j in range(rng.randint(1, 5))]
        results.append(layout(attempt(plan, pieces, board_length, kerf)))
        lengths = [rng.randint(1, board_length // 2 + 200) for _ in range(rng.randint(1, 8))]
        results.append(run(board_length, kerf, lengths))
    return results
