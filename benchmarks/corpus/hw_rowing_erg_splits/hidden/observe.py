"""best_stretch for every stretch length on short pieces with the best at each end; random pieces."""

import random

from observing import attempt
from erg.analysis import best_stretch, drift, report

PIECES = [
    [], [110.0], [110.0, 108.0], [108.0, 110.0], [111.0, 111.0, 111.0],
    [112.0, 112.4, 111.9, 109.5, 107.0], [105.0, 112.0, 113.0, 114.0], [115.0, 113.0, 110.0, 113.0, 115.0],
    [120.0, 119.0, 118.0, 117.0, 116.0, 115.0], [100.5, 130.0, 100.5, 130.0, 100.4],
]


def observe():
    rng = random.Random(2000)
    results = []
    for piece in PIECES:
        for length in range(-1, len(piece) + 3):
            results.append(attempt(best_stretch, piece, length))
        results.append(attempt(report, piece, 1))
        results.append(attempt(report, piece, 2))
        results.append(attempt(report, piece, len(piece)))
        results.append(attempt(drift, piece))
    for _ in range(100):
        piece = [round(rng.uniform(100, 130), 1) for _ in range(rng.randint(0, 12))]
        if rng.random() < 0.4:
            piece.sort(reverse=True)
        length = rng.randint(1, 6)
        results.append(attempt(best_stretch, piece, length))
        results.append(attempt(report, piece, length))
    return results
