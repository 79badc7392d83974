"""Round trips of random masks, and decoding of random (some malformed) encodings."""

import random

from observing import attempt
from rle import decode, encode


def observe():
    rng = random.Random(271)
    results = []
    for _ in range(60):
        text = "".join(rng.choice("ab") * rng.choice([1, 1, 2, 3, 9, 10, 11, 25]) for _ in range(rng.randint(0, 6)))
        encoded = attempt(encode, text)
        results.append((encoded, attempt(decode, encoded)))
    for _ in range(40):
        results.append(attempt(decode, "".join(rng.choice(["a", "b", "1", "2", "0", "12", ""]) for _ in range(rng.randint(0, 6)))))
    return results
