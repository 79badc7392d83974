"""Quotes around page and minimum boundaries for every pair and option; random jobs."""

import random

from observing import attempt
from translation.quote import quote, quote_text
from translation.rates import PAGE_RATES

PAIRS = sorted(PAGE_RATES) + [("EN", "DE"), ("de", "ja")]
WORDS = "the of a booking room guest arrival confirm - — letter 14:00 3 May, regards.".split(" ")


def observe():
    rng = random.Random(5217)
    results = []
    for source, target in PAIRS:
        for words in (-1, 0, 1, 249, 250, 251, 499, 500, 501, 1000, 1001, 2600):
            for rush in (False, True):
                for certified in (False, True):
                    results.append(attempt(quote, words, source, target, rush=rush, certified=certified))
    for _ in range(100):
        source, target = rng.choice(PAIRS)
        options = {"rush": rng.random() < 0.3, "certified": rng.random() < 0.3}
        if rng.random() < 0.3:
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 700)))
            results.append(attempt(quote_text, text, source, target, **options))
        else:
            results.append(attempt(quote, rng.randint(0, 6000), source, target, **options))
    return results
