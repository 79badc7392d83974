"""Random versions compared with each other and against random requirements."""

import random

from observing import attempt
from versions.ranges import newest, satisfies
from versions.semver import parse


def version(rng):
    text = f"{rng.randint(0, 3)}.{rng.randint(0, 12)}.{rng.randint(0, 3)}"
    return text + rng.choice(["", "", "-rc.1", "-rc.10", "-beta"])


def observe():
    rng = random.Random(201)
    results = []
    for _ in range(80):
        a, b = version(rng), version(rng)
        results.append((attempt(lambda: parse(a) < parse(b)), attempt(lambda: parse(a) < b), attempt(lambda: parse(a) <= b)))
        requirement = rng.choice(["^", "~", ">=", ""]) + version(rng)
        results.append(attempt(satisfies, a, requirement))
    for _ in range(20):
        results.append(attempt(newest, [version(rng) for _ in range(6)], rng.choice(["^", "~", ">="]) + version(rng)))
    return results
