"""Random shapes scaled by random factors: their sides, areas and perimeters."""

import random

from observing import attempt
from floorplan.plan import paint_tins, scaled, skirting, total_area
from floorplan.shapes import Circle, Rectangle, Triangle


def observe():
    rng = random.Random(221)
    results = []
    for _ in range(60):
        kind = rng.choice(["r", "c", "t"])
        if kind == "r":
            shape = Rectangle(rng.randint(1, 9), rng.randint(1, 9))
        elif kind == "c":
            shape = Circle(rng.randint(1, 5))
        else:
            a, b = rng.randint(2, 9), rng.randint(2, 9)
            shape = Triangle(a, b, rng.randint(abs(a - b) + 1, a + b - 1))
        factor = rng.choice([0.5, 1, 2, 3, 0.02])
        bigger = attempt(shape.scale, factor)
        results.append(bigger)
        results.append((attempt(bigger.area), attempt(bigger.perimeter)) if not isinstance(bigger, str) else None)
    plan = [Rectangle(2, 3), Triangle(3, 4, 5), Circle(1)]
    results.append([attempt(lambda: total_area(scaled(plan, f))) for f in (1, 2, 0.5)])
    results.append([attempt(lambda: skirting(scaled(plan, f))) for f in (1, 2, 0.5)])
    results.append(attempt(paint_tins, scaled(plan, 3)))
    return results
