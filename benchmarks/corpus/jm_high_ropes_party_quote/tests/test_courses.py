import pytest

from treetops.courses import Climber, check_allowed


def test_tall_enough_and_old_enough():
    assert check_allowed(Climber("Ivy", 8, 131, "canopy")).name == "Canopy Walk"


def test_too_short_for_the_summit():
    with pytest.raises(ValueError, match="Ravi"):
        check_allowed(Climber("Ravi", 13, 138, "summit"))


def test_unknown_course():
    with pytest.raises(ValueError):
        check_allowed(Climber("Ivy", 8, 131, "zipwire"))
