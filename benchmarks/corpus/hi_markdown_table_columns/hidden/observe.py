"""Tables with columns of numbers, text, blanks and mixtures, cells wider and narrower than their headers."""

import random
from decimal import Decimal

from observing import attempt
from mdtable import render

VALUES = [0, 7, 1234567, -3, 2.5, 1 / 3, Decimal("9.99"), True, None, "", "a", "ok", "sold out", "x|y", "multi\nline",
          "a rather long description"]


def observe():
    rng = random.Random(5521)
    results = [
        attempt(render, [], []),
        attempt(render, ["a"], []),
        attempt(render, ["a"], [[1], [22], [333], [4444]]),
        attempt(render, ["a"], [[4444], [333], [22], [1]]),
        attempt(render, ["n", "label"], [[1, "x"], ["2", "y"]]),
        attempt(render, ["n", "label"], [[1, "x"], [2]]),
        attempt(render, ["flag"], [[True], [False]]),
        attempt(render, ["v"], [[None], [3]]),
        attempt(render, ["a", "b"], [[1, 2, 3]]),
    ]
    for _ in range(150):
        headers = [rng.choice(["id", "name", "qty", "price", "notes", "x"]) for _ in range(rng.randint(1, 4))]
        numeric = [rng.random() < 0.4 for _ in headers]
        rows = []
        for _ in range(rng.randint(0, 5)):
            row = [rng.choice([1, 42, 1000, 3.25, Decimal("0.5")]) if (num and rng.random() < 0.9) else rng.choice(VALUES)
                   for num in numeric]
            rows.append(row[: rng.randint(len(row) - 1, len(row))] if rng.random() < 0.15 else row)
        results.append(attempt(render, headers, rows))
    return results
