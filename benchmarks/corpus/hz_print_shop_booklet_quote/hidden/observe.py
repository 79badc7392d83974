"""quote and quote_lines on edge jobs and ~100 random ones."""

import random

from observing import attempt
from printshop.quotes import quote, quote_lines


def observe():
    rng = random.Random(9031)
    results = []
    for pages, up in [(1, 1), (1, 4), (2, 1), (2, 2), (4, 2), (5, 2), (8, 4), (9, 4), (0, 4), (8, 0), (16, 8), (3, 16)]:
        results.append(attempt(quote, pages, 10, "silk130", up))
        results.append(attempt(quote, pages, 10, "card300", up, False))
    results.append(attempt(quote, 8, 10, "gloss"))
    for _ in range(100):
        pages = rng.choice([1, 2, 4, 6, 8, 12, 16, 20, 24, 28, 32, 40, 48, 64])
        up = rng.choice([1, 2, 4, 8])
        copies = rng.choice([1, 10, 50, 100, 249, 250, 500, 999, 1000, 2500])
        stock = rng.choice(["uncoated90", "silk130", "silk170", "card300"])
        colour = rng.random() < 0.7
        results.append(attempt(quote, pages, copies, stock, up, colour))
        results.append(attempt(quote_lines, pages, copies, up, colour))
    return results
