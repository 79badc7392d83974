"""Kiln loads at and around shelf widths, glazed and not, then random loads in kilns of many sizes."""

import random

from observing import attempt
from studio.kiln import Kiln
from studio.pieces import Piece


def observe():
    rng = random.Random(5150)
    results = []
    for width in (10, 20, 40):
        for count in (1, 2, 3):
            kiln = Kiln(width, count)
            for sizes in ([width], [width, 1], [width // 2] * 3, [width - 1, 1, 1], [width + 1, 1], [1] * (width + 1), []):
                for glazed in (False, True):
                    pieces = [Piece("o", f"p{n}", size, glazed) for n, size in enumerate(sizes)]
                    plan = attempt(kiln.plan, pieces)
                    results.append((width, count, sizes, glazed, plan, attempt(kiln.fits, pieces)))
    for _ in range(250):
        kiln = Kiln(rng.randint(10, 60), rng.randint(1, 6))
        pieces = [Piece(rng.choice("abc"), f"p{n}", rng.randint(1, 50), rng.random() < 0.4) for n in range(rng.randint(0, 20))]
        results.append((attempt(kiln.plan, pieces), attempt(kiln.fits, pieces)))
    return results
