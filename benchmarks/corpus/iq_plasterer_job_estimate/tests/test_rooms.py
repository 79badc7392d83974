import pytest

from rooms import Opening, Wall, room_walls


def test_wall_area_less_openings():
    wall = Wall(4.0, 2.4, [Opening(0.8, 2.0)])
    assert wall.area() == pytest.approx(8.0)


def test_room_has_four_walls():
    walls = room_walls(4.0, 3.5, 2.4)
    assert [wall.width_m for wall in walls] == [4.0, 4.0, 3.5, 3.5]
    assert sum(wall.area() for wall in walls) == pytest.approx(36.0)
