"""Boards run over several heats, each with its own fastest lap, then random race passings."""

import random

from observing import attempt
from karting.board import TimingBoard


def snapshot(board):
    return {
        "heat": board.heat,
        "laps": {kart: list(laps) for kart, laps in board.laps.items()},
        "fastest": board.fastest,
        "best": board.best_laps(),
        "positions": board.positions(),
    }


def run_heat(board, name, passings):
    board.start_heat(name)
    completed = [board.passing(kart, at) for kart, at in passings]
    return completed, snapshot(board)


def observe():
    rng = random.Random(8123)
    results = []
    board = TimingBoard()
    results.append(attempt(run_heat, board, "empty", []))
    results.append(attempt(run_heat, board, "fast", [(1, 0.0), (1, 30.0), (1, 60.5)]))
    results.append(attempt(run_heat, board, "slow", [(1, 0.0), (1, 50.0), (2, 1.0), (2, 52.0)]))
    results.append(attempt(run_heat, board, "no laps", [(4, 1.0), (5, 1.5)]))
    results.append(attempt(run_heat, board, "slower", [(1, 0.0), (1, 70.0)]))
    for _ in range(40):
        board = TimingBoard(rng.choice([15.0, 20.0, 25.0]))
        for heat in range(rng.randint(1, 4)):
            passings = []
            for kart in rng.sample(range(1, 20), rng.randint(0, 6)):
                at = round(rng.uniform(0, 5), 2)
                pace = rng.uniform(38, 50)
                for _ in range(rng.randint(1, 6)):
                    passings.append((kart, round(at, 2)))
                    if rng.random() < 0.1:
                        passings.append((kart, round(at + rng.uniform(0.1, 2), 2)))
                    at += pace + rng.uniform(-3, 3)
            passings.sort(key=lambda p: p[1])
            results.append(attempt(run_heat, board, f"heat {heat}", passings))
    return results
