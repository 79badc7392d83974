import math

import pytest

from shapes import Point, Polygon

SQUARE = [(0, 0), (1, 0), (1, 1), (0, 1)]


def test_unit_square():
    square = Polygon(SQUARE)
    assert square.area() == 1
    assert square.perimeter() == 4


def test_rectangle_away_from_the_origin():
    rect = Polygon([(2, 1), (6, 1), (6, 4), (2, 4)])
    assert rect.area() == 12
    assert rect.centroid() == Point(4, 2.5)


def test_orientation():
    assert not Polygon(SQUARE).is_clockwise()
    assert Polygon(reversed(SQUARE)).is_clockwise()


def test_area_does_not_change_when_moved():
    triangle = Polygon([(0, 0), (4, 0), (0, 3)])
    assert triangle.area() == 6
    assert math.isclose(triangle.translated(10, -7).area(), 6)


def test_too_few_vertices():
    with pytest.raises(ValueError):
        Polygon([(0, 0), (1, 1)])
