import pytest

from walling.wall import Wall


def test_face_of_a_double_wall():
    assert Wall(20, 1.4).face_m2() == pytest.approx(56.0)


def test_gateways_and_stiles_are_not_built():
    wall = Wall(30, 1.5, gateways=1, stiles=1)
    assert wall.built_m() == 26.5
    assert wall.heads() == 6


def test_single_wall_has_one_face():
    assert Wall(12, 1.2, double=False).face_m2() == pytest.approx(14.4)


def test_more_gateway_than_wall():
    with pytest.raises(ValueError):
        Wall(5, 1.2, gateways=2)
