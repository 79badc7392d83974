import pytest

from fares import fare, journey_minutes
from route import Route, total_minutes

X7 = Route(
    "X7",
    ["Market Square", "Church Lane", "Mill Road", "Green End", "Upper Ashby", "Ashby Cross", "Hollins Farm", "Station"],
    [4, 6, 3, 9, 7, 5, 8],
)


def test_total_minutes():
    assert total_minutes(X7) == 42


def test_long_ride_is_capped():
    assert fare(X7, "Market Square", "Station") == 3.50


def test_concession_is_half_price():
    assert fare(X7, "Market Square", "Station", concession=True) == 1.75


def test_cannot_ride_backwards():
    with pytest.raises(ValueError):
        fare(X7, "Station", "Mill Road")


def test_unknown_stop():
    with pytest.raises(KeyError):
        journey_minutes(X7, "Market Square", "Airport")


def test_journey_minutes_to_green_end():
    assert journey_minutes(X7, "Church Lane", "Green End") == 9


def test_route_needs_a_time_for_each_leg():
    with pytest.raises(ValueError):
        Route("4", ["A", "B", "C"], [5])
