import pytest

from boathouse.fleet import Boat, read_fleet


def test_read_fleet(boats):
    assert boats[0] == Boat(1, 1)
    assert boats[-1] == Boat(8, 4, sit_on_top=False)


def test_duplicate_boat():
    with pytest.raises(ValueError):
        read_fleet("K1 2\nK1 1\n")
