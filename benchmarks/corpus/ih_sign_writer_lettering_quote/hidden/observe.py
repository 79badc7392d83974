"""quote at and around every band limit, with letters, figures and punctuation, then random jobs."""

import random

from observing import attempt
from lettering import HEIGHT_BANDS, Job, quote
from materials import STOCK_COLOURS

COLOURS = sorted(STOCK_COLOURS)
TEXTS = [
    "",
    "OPEN",
    "No 7",
    "01632 960123",
    "A.B. & SONS LTD.",
    "THE OLD FORGE",
    "PLATFORM 9 3/4",
    "ROSIE'S BAKERY EST. 1987",
    "SMITH & SONS PLUMBING 01632 960123",
    "Café Crème 24/7",
]


def observe():
    rng = random.Random(5150)
    results = []
    heights = [-5, 0, 1]
    for limit, _ in HEIGHT_BANDS:
        heights += [limit - 1, limit, limit + 1]
    heights += [600, 1000]
    for text in TEXTS:
        for height in heights:
            for colours in (["black"], ["white", "signal red"], ["gold leaf"], ["nope"], []):
                for fitting in (False, True):
                    results.append(attempt(quote, Job(text, height, colours, fitting)))
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh0123456789   .,&'-/!"
    for _ in range(600):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        height = rng.choice([rng.randint(10, 700)] + [limit for limit, _ in HEIGHT_BANDS])
        colours = rng.sample(COLOURS, rng.randint(1, 3))
        results.append(attempt(quote, Job(text, height, colours, rng.random() < 0.4)))
    return results
