"""Charges around the children's size boundary and for members, then random groups."""

import random

from observing import attempt
from rink import hire_charge, receipt


def observe():
    rng = random.Random(6021)
    results = []
    for size in (26, 33, 34, 35, 36, 47):
        for minutes in (1, 30, 60, 61, 120, 150):
            for member in (False, True):
                results.append(attempt(hire_charge, [size], minutes, member))
                results.append(attempt(hire_charge, [size, 40, 30], minutes, member))
    results.append(attempt(hire_charge, [], 60, True))
    for _ in range(300):
        sizes = [rng.randint(26, 47) for _ in range(rng.randint(0, 7))]
        results.append(attempt(hire_charge, sizes, rng.randint(-5, 240), rng.random() < 0.5))
        results.append(attempt(receipt, sizes, rng.randint(1, 240), rng.random() < 0.5))
    return results
