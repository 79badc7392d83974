"""plan_route and route_km on no driveways, one, driveways in a line on one or both sides of the yard, a cluster away from the yard, then random contract lists after random snowfalls."""

import random

from observing import attempt
from ploughing.contracts import Driveway, to_clear
from ploughing.route import plan_route, route_km


def run(depot, driveways, snow_cm):
    drives = to_clear(driveways, snow_cm)
    route = plan_route(depot, drives)
    return route, route_km(depot, drives, route)


def line(points):
    return [Driveway(f"D{i}", point, 5) for i, point in enumerate(points)]


def observe():
    rng = random.Random(2281)
    results = [attempt(run, (0.0, 0.0), [], 10)]
    results.append(attempt(run, (0.0, 0.0), line([(1.0, 1.0)]), 10))
    results.append(attempt(run, (0.0, 0.0), line([(0, 3), (0, 1), (0, 2)]), 10))
    results.append(attempt(run, (0.0, 0.0), line([(2, 0), (-2.5, 0), (4.5, 0)]), 10))
    results.append(attempt(run, (0.0, 0.0), line([(1, 0), (-1.5, 0), (3, 0), (-4, 0), (6, 0)]), 10))
    results.append(attempt(run, (1.0, 1.0), line([(5, 5), (6, 5), (5, 6), (9, 9), (2, 2)]), 10))
    results.append(attempt(run, (0.0, 0.0), line([(3, 4), (-3, -4), (4, 3), (0, 5)]), 10))
    for _ in range(200):
        depot = (round(rng.uniform(-2, 2), 1), round(rng.uniform(-2, 2), 1))
        driveways = [
            Driveway(f"Farm {n}", (round(rng.uniform(-8, 8), 2), round(rng.uniform(-8, 8), 2)), rng.choice((5, 8, 10, 15)))
            for n in range(rng.randint(0, 12))
        ]
        results.append(attempt(run, depot, driveways, rng.choice((4, 5, 9, 12, 20))))
    return results
