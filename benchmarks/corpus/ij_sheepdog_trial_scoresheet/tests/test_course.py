import pytest

from trials.course import MAX_POINTS, PHASES, phases_from


def test_every_phase_has_points():
    assert set(PHASES) == set(MAX_POINTS)


def test_phases_from_the_drive():
    assert phases_from("drive") == ("drive", "shed", "pen")


def test_phases_from_an_unknown_phase():
    with pytest.raises(ValueError):
        phases_from("gather")
