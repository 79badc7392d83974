import pytest

from marina.boats import Boat, parse_boat


def test_parse_boat():
    assert parse_boat("Skylark; 9,8; 3,2; 1,6") == Boat("Skylark", 9.8, 3.2, 1.6)


def test_parse_boat_rejects_missing_sizes():
    with pytest.raises(ValueError):
        parse_boat("Skylark; 9.8; 3.2")
