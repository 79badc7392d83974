import datetime

from rides.plan import can_ride, rides_for
from rides.routes import Route

AUGUST = datetime.date(2024, 8, 10)
APRIL = datetime.date(2024, 4, 13)


def test_within_level():
    route = Route("Millbrook Ride", 3, "clay")
    assert can_ride(route, 3, AUGUST)
    assert can_ride(route, 4, AUGUST)
    assert not can_ride(route, 2, AUGUST)


def test_clay_after_rain():
    route = Route("Withy Bottom", 1, "clay")
    assert can_ride(route, 2, AUGUST)
    assert not can_ride(route, 2, AUGUST, wet=True)


def test_closed_for_lambing():
    route = Route("Sheepwash Lane", 2, "chalk", closed=(3, 4, 5))
    assert not can_ride(route, 4, APRIL)
    assert can_ride(route, 4, AUGUST)


def test_summer_rides(routes):
    assert rides_for(routes, 3, AUGUST) == ["Millbrook Ride", "Lambing Fields", "Sheepwash Lane", "Beacon Loop", "Withy Bottom"]


def test_spring_rides_after_rain(routes):
    assert rides_for(routes, 4, APRIL, wet=True) == ["Gallops Track", "Beacon Loop"]
