import pytest

from rooms import Room, ceiling_area, wall_area


def test_wall_area_less_openings():
    room = Room("study", 3, 4, 2.5, doors=1, windows=2)
    assert wall_area(room) == pytest.approx(35 - 1.9 - 2.8)


def test_ceiling_area():
    assert ceiling_area(Room("hall", 5, 1.2, 2.4)) == pytest.approx(6.0)
