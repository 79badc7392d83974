"""Posts and threads of hand-made and random texts at several limits."""

import random

from observing import attempt
from threads.split import split_words
from threads.thread import make_thread, thread_length

WORDS = ["a", "to", "the", "post", "thread", "quickly", "tomorrow", "wonderful",
         "https://example.org/some/long/path", "ok", "x" * 25, "news", "release"]


def observe():
    rng = random.Random(8080)
    results = []
    edge = ["", "one", "one two", "one two three", "aaaa bbbb cccc", "aaaaaaaaaaaa b",
            "a b c d e f g h i j", "  spaced   out   words  ", "exactly10c next", "ab cd"]
    for text in edge:
        for limit in (0, 1, 3, 4, 5, 9, 10, 11, 20):
            results.append(attempt(split_words, text, limit))
    for _ in range(100):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 40)))
        limit = rng.randint(1, 60)
        results.append(attempt(split_words, text, limit))
        results.append(attempt(make_thread, text, rng.randint(12, 80)))
        results.append(attempt(thread_length, text, rng.randint(12, 80)))
    return results
