import pytest

from gas import ambient_pressure, litres_used


def test_pressure_at_the_surface_and_at_depth():
    assert ambient_pressure(0) == 1
    assert ambient_pressure(10) == 2
    assert ambient_pressure(25) == pytest.approx(3.5)


def test_negative_depth():
    with pytest.raises(ValueError):
        ambient_pressure(-1)


def test_litres_used():
    assert litres_used(200, 50, 12) == 1800
    assert litres_used(232, 232, 15) == 0


def test_cylinder_cannot_gain_air():
    with pytest.raises(ValueError):
        litres_used(50, 60, 12)
