import pytest

from transit.lines import parse_lines
from transit.network import Network


def test_parse_lines():
    assert parse_lines("1: A - B\n# c\n2: B - C - D")["2"] == ["B", "C", "D"]


def test_bad_line():
    with pytest.raises(ValueError):
        parse_lines("A - B")


def test_neighbours(network):
    assert network.neighbours("Zoo") == ["Harbour", "Park", "Station"]


def test_zero_hops(network):
    assert network.within_hops("Museum", 0) == {"Museum": 0}


def test_unknown_station(network):
    with pytest.raises(KeyError):
        network.within_hops("Airport", 2)


def test_within_one_hop(network):
    assert network.within_hops("Central", 1) == {"Central": 0, "Museum": 1, "Station": 1}


def test_fewest_rides_over_the_express(network):
    assert network.within_hops("Central", 3)["Harbour"] == 3


def test_stations_near_along_a_line():
    line = Network.from_text("1: A - B - C - D - E")
    assert line.stations_near("A", 2) == ["B", "C"]
