"""metres_needed over panel counts around the roll width, plains and patterns, then random jobs and quotes."""

import random

from observing import attempt
from fabric import Fabric, Panel, metres_needed
from furniture import PATTERNS
from quote import quote

FABRICS = [
    Fabric("linen", 140, 28.0),
    Fabric("velvet", 137, 45.5, 0),
    Fabric("strawberry", 137, 62.0, 32),
    Fabric("ticking", 150, 19.0, 4),
    Fabric("narrow tapestry", 70, 80.0, 64),
]


def observe():
    rng = random.Random(5120)
    results = []
    for fabric in FABRICS:
        for width in (30, 45, 55, 69, 70, 71, 137, 140, 151):
            for count in (1, 2, 3, 4, 5, 7):
                for length in (40, 50, 99):
                    results.append(attempt(metres_needed, [Panel("p", width, length, count)], fabric))
        results.append(attempt(metres_needed, [], fabric))
        for piece in PATTERNS:
            for count in (1, 2, 3):
                results.append(attempt(quote, {piece: count}, fabric))
                results.append(attempt(quote, {piece: count}, fabric, True))
    for _ in range(150):
        fabric = Fabric("f", rng.choice([70, 120, 137, 140, 150]), rng.choice([12.0, 28.0, 62.0]), rng.choice([0, 0, 8, 32, 53, 64]))
        panels = [Panel(f"p{k}", rng.randint(20, 100), rng.randint(20, 120), rng.randint(1, 6)) for k in range(rng.randint(1, 5))]
        results.append(attempt(metres_needed, panels, fabric))
        job = {piece: rng.randint(1, 8) for piece in rng.sample(sorted(PATTERNS), rng.randint(1, 3))}
        results.append(attempt(quote, job, fabric, rng.random() < 0.2))
    return results
