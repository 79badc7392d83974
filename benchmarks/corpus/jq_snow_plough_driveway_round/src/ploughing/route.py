"""The plough's round. From the farm yard the tractor goes to whichever driveway on
the list is nearest to where it is, clears it, and carries on from there."""

from __future__ import annotations

import math

from ploughing.contracts import Driveway

Point = tuple[float, float]


def plan_route(depot: Point, driveways: list[Driveway]) -> list[str]:
    """The addresses in the order the plough clears them (nearest one next)."""
    left = list(driveways)
    route = []
    here = depot
    while left:
        nearest = min(left, key=lambda d: math.dist(here, d.location))
        route.append(nearest.address)
        left.remove(nearest)
    return route


def route_km(depot: Point, driveways: list[Driveway], route: list[str]) -> float:
    """Road-free estimate of the round's length, there and back to the yard."""
    where = {d.address: d.location for d in driveways}
    stops = [depot] + [where[address] for address in route] + [depot]
    return round(sum(math.dist(a, b) for a, b in zip(stops, stops[1:])), 2)
