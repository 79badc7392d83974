"""Word counts with repeats, single words and nothing."""

import random

from observing import attempt
from mod import count_words


def observe():
    rng = random.Random(5)
    cases = [[], ["a"], ["a", "b", "a"], ["x", "x", "x"], ["", ""]]
    cases += [[rng.choice("abcd") for _ in range(rng.randint(0, 10))] for _ in range(20)]
    return [attempt(count_words, c) for c in cases]
