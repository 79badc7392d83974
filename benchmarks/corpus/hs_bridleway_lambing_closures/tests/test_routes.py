import pytest

from rides.routes import Route, read_routes


def test_read_routes(routes):
    assert len(routes) == 6
    assert routes[0] == Route("Sheepwash Lane", 2, "chalk", (3, 4, 5))
    assert routes[2] == Route("Millbrook Ride", 3, "clay")


def test_bad_month():
    with pytest.raises(ValueError):
        read_routes("Sheepwash Lane 2 chalk 13\n")
