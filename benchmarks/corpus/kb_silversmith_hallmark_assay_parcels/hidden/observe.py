"""make_parcels at and around the piece and weight limits, with standards interleaved and with small limits, then random bench books; quote on every result."""

import random

from observing import attempt
from hallmark.parcels import make_parcels, quote
from hallmark.pieces import STANDARDS, Piece


def run(pieces, *limits):
    parcels = make_parcels(pieces, *limits)
    return parcels, quote(parcels)


def observe():
    rng = random.Random(8842)
    results = [attempt(run, [])]
    for count in (1, 11, 12, 13, 23, 24, 25, 37):
        results.append(attempt(run, [Piece(f"R-{n}", "925", 6.0) for n in range(count)]))
        results.append(attempt(run, [Piece(f"P-{n}", STANDARDS[n % 3], 9.5) for n in range(count)]))
    for grams in (100, 166.6, 249.9, 250, 250.1, 499, 500, 500.5):
        results.append(attempt(run, [Piece(f"B-{n}", "958", grams) for n in range(5)]))
    results.append(attempt(run, [Piece("A", "925", 300), Piece("B", "999", 300), Piece("C", "925", 300), Piece("D", "999", 1)]))
    results.append(attempt(run, [Piece(f"S-{n}", "800", 1) for n in range(9)], 2, 10.0))
    results.append(attempt(run, [Piece(f"S-{n}", "800", 4) for n in range(9)], 20, 10.0))
    for n in range(150):
        pieces = []
        for k in range(rng.randint(0, rng.choice((5, 20, 60)))):
            grams = rng.choice((round(rng.uniform(1, 30), 1), round(rng.uniform(30, 260), 1), 125.0))
            pieces.append(Piece(f"{n}-{k}", rng.choice(STANDARDS[: rng.randint(1, 4)]), grams))
        limits = () if rng.random() < 0.6 else (rng.randint(1, 15), rng.choice((50.0, 200.0, 500.0)))
        results.append(attempt(run, pieces, *limits))
    return results
