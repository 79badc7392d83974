"""Areas, orientations and centroids of fixed and random polygons."""

import random

from observing import attempt
from shapes import Polygon


def shape(polygon):
    return [attempt(polygon.signed_area), attempt(polygon.area), attempt(polygon.is_clockwise),
            attempt(lambda: tuple(polygon.centroid()))]


def observe():
    fixed = [
        [(0, 0), (1, 0), (1, 1), (0, 1)],
        [(0, 1), (1, 1), (1, 0), (0, 0)],
        [(0, 0), (4, 0), (0, 3)],
        [(0, 0), (1, 1), (2, 2)],
        [(-2, -2), (2, -2), (2, 2), (-2, 2)],
        [(0, 0), (4, 0), (4, 4), (2, 1), (0, 4)],
        [(1.5, 0.5), (3.25, 0.5), (2.0, 2.75)],
    ]
    results = [shape(Polygon(vertices)) for vertices in fixed]
    rng = random.Random(777)
    for _ in range(60):
        n = rng.randint(3, 7)
        vertices = [(rng.randint(-20, 20), rng.randint(-20, 20)) for _ in range(n)]
        if rng.random() < 0.3:
            vertices = [(x + rng.random(), y - rng.random()) for x, y in vertices]
        polygon = Polygon(vertices)
        results.append(shape(polygon))
        results.append(attempt(lambda: polygon.translated(rng.randint(-5, 5), 3).signed_area()))
    return results
