import pytest

from minigolf.course import Course


def test_holes_and_par(pier):
    assert pier.holes == 18
    assert pier.par(1) == 2
    assert pier.par(18) == 3


def test_par_must_be_two_to_four():
    with pytest.raises(ValueError):
        Course("Back garden", [2, 5, 3])


def test_open_holes():
    course = Course("Prom", [2, 3, 3, 2], closed={3})
    assert course.open_holes() == [1, 2, 4]
