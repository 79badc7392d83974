import pytest

from ebiketours.riders import low_riders, range_km, read_levels


def test_read_levels(lunch_sheet):
    assert read_levels(lunch_sheet) == {"Ana": 30, "Ben": 12, "Cleo": 80, "Dev": 35}


def test_read_levels_rejects_a_misread():
    with pytest.raises(ValueError, match="Ben"):
        read_levels("Ana: 30%\nBen: 120%")


def test_range_km():
    assert range_km(50) == 45.0
    assert range_km(0) == 0.0


def test_low_riders_flattest_first(big_group):
    assert low_riders(big_group) == ["Kit", "Gus", "Ivy", "Fay", "Jo", "Lou", "Hal"]
