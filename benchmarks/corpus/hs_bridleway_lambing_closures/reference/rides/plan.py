"""Which routes a rider may take out on a given day."""

from __future__ import annotations

import datetime

from rides.routes import Route


def can_ride(route: Route, rider_level: int, day: datetime.date, wet: bool = False) -> bool:
    """Whether the route is within the rider's level and open that day: not closed
    for lambing, and not clay after rain (the horses sink in and it cuts up)."""
    if route.level > rider_level or day.month in route.closed or (wet and route.ground == "clay"):
        return False
    return True


def rides_for(routes: list[Route], rider_level: int, day: datetime.date, wet: bool = False) -> list[str]:
    """The routes one may ride that day, hardest first, then by name."""
    open_routes = [route for route in routes if can_ride(route, rider_level, day, wet)]
    open_routes.sort(key=lambda route: (-route.level, route.name))
    return [route.name for route in open_routes]
