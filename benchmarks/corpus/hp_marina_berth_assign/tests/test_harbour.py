import pytest

from marina.boats import Boat
from marina.harbour import NoBerthError


def test_shortest_berth_that_fits(pontoon):
    assert pontoon.assign(Boat("Puffin", 7.5, 2.6, 1.2)) == "A1"
    assert pontoon.assign(Boat("Kittiwake", 12.0, 4.0, 1.9)) == "B1"


def test_deep_keel_needs_deep_water(pontoon):
    assert pontoon.assign(Boat("Fulmar", 9.5, 3.3, 1.6)) == "A3"


def test_second_boat_gets_another_berth(pontoon):
    first = pontoon.assign(Boat("Tern", 7.9, 2.8, 1.1))
    second = pontoon.assign(Boat("Gannet", 7.9, 2.8, 1.1))
    assert first == "A1"
    assert second != first
    assert pontoon.berth_of("Tern") == "A1"


def test_no_room(pontoon):
    pontoon.assign(Boat("Albatross", 13.5, 4.2, 2.4))
    with pytest.raises(NoBerthError):
        pontoon.assign(Boat("Petrel", 13.0, 4.0, 2.0))


def test_depart_frees_the_berth(pontoon):
    pontoon.assign(Boat("Puffin", 7.5, 2.6, 1.2))
    assert pontoon.depart("Puffin") == "A1"
    assert pontoon.free_berths() == ["A1", "A2", "A3", "B1"]
