import math

import pytest

from floorplan.plan import paint_tins, scaled, skirting, total_area
from floorplan.shapes import Circle, Rectangle, Triangle


def test_areas():
    assert Rectangle(2, 3).area() == 6
    assert Triangle(3, 4, 5).area() == 6
    assert Circle(1).area() == pytest.approx(math.pi)


def test_perimeters():
    assert Rectangle(2, 3).perimeter() == 10
    assert Circle(0.5).perimeter() == pytest.approx(math.pi)


def test_not_a_triangle():
    with pytest.raises(ValueError):
        Triangle(1, 2, 3)


def test_scaled_plan():
    plan = scaled([Rectangle(2, 3), Triangle(3, 4, 5)], 2)
    assert total_area(plan) == 48
    assert skirting(plan) == 44


def test_paint():
    assert paint_tins([Rectangle(4, 3), Rectangle(3, 3)]) == 4
