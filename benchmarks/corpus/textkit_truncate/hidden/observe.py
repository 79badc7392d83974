"""Truncation to every width of short and long texts, with several suffixes."""

import random

from observing import attempt
from textkit.strings import truncate


def observe():
    rng = random.Random(21)
    texts = ["", "a", "short", "hello world", "x" * 40]
    texts += ["".join(rng.choice("abc de") for _ in range(rng.randint(0, 30))) for _ in range(10)]
    results = []
    for text in texts:
        for width in (0, 1, 2, 3, 4, 5, 8, 12, 30):
            results.append(attempt(truncate, text, width))
        results.append(attempt(truncate, text, 6, "~"))
        results.append(attempt(truncate, text, 6, ""))
    return results
