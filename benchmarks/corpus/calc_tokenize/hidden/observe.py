"""Random well-formed and malformed expressions, with and without spaces."""

import random

from observing import attempt
from calc import evaluate
from calc.tokens import tokenize


def expression(rng, depth):
    if depth == 0 or rng.random() < 0.3:
        return rng.choice(["1", "2", "3", "10", "0.5", "7"])
    left, right = expression(rng, depth - 1), expression(rng, depth - 1)
    text = left + rng.choice(["+", "-", "*", "/", "^"]) + right
    return "(" + text + ")" if rng.random() < 0.4 else text


def spaced(rng, text):
    return "".join(ch + (" " if rng.random() < 0.5 else "") for ch in text)


def observe():
    rng = random.Random(141)
    results = []
    for _ in range(60):
        text = expression(rng, 3)
        for variant in (text, spaced(rng, text)):
            results.append(attempt(evaluate, variant))
            results.append(attempt(tokenize, variant))
    for broken in ["", "+", "1 +", "+ 1", "1 2", "(", ")", "1 + (2", "2 * * 3", "4 / 0", "1 $ 2", "3..2"]:
        results.append(attempt(evaluate, broken))
    return results
