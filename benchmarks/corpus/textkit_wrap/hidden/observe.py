"""Word wrap of short, long and many-word texts at several widths."""

import random

from observing import attempt
from textkit import wrap


def observe():
    rng = random.Random(22)
    vocabulary = ["a", "to", "the", "quick", "brown", "jumps", "extraordinary", "supercalifragilistic"]
    texts = ["", "word", "the quick brown fox jumps", "  spaced   out  "]
    texts += [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 12))) for _ in range(15)]
    return [attempt(wrap, text, width) for text in texts for width in (1, 3, 5, 8, 10, 20)]
