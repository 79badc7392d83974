"""Fares and journey times for every pair of stops on fixed routes, then random routes."""

import random

from observing import attempt
from fares import fare, journey_minutes
from route import Route


def observe():
    rng = random.Random(5150)
    results = []
    fixed = [
        Route("1", ["A", "B"], [5]),
        Route("2", ["A", "B", "C"], [3, 8]),
        Route("X7", ["Market Square", "Church Lane", "Mill Road", "Green End", "Upper Ashby", "Ashby Cross", "Hollins Farm", "Station"], [4, 6, 3, 9, 7, 5, 8]),
    ]
    for route in fixed:
        for board in route.stops + ["Nowhere"]:
            for alight in route.stops + ["Nowhere"]:
                results.append(attempt(journey_minutes, route, board, alight))
                results.append(attempt(fare, route, board, alight))
                results.append(attempt(fare, route, board, alight, concession=True))
    for n in range(40):
        count = rng.randint(2, 10)
        route = Route(str(n), [f"S{k}" for k in range(count)], [rng.randint(1, 12) for _ in range(count - 1)])
        for _ in range(8):
            board, alight = rng.choice(route.stops), rng.choice(route.stops)
            results.append(attempt(journey_minutes, route, board, alight))
            results.append(attempt(fare, route, board, alight, rng.random() < 0.3))
    return results
