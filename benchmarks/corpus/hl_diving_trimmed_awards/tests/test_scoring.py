import pytest

from diving.scoring import dive_score


def test_five_judges():
    assert dive_score([6.0, 6.5, 7.0, 7.0, 7.5], 2.0) == 41.0


def test_seven_judges():
    assert dive_score([8.5, 7.0, 8.0, 9.0, 7.5, 8.0, 6.5], 3.2) == 75.2


def test_same_awards():
    assert dive_score([5.0] * 5, 1.8) == 27.0


def test_panel_size():
    with pytest.raises(ValueError):
        dive_score([7.0, 7.0, 7.0], 2.0)


def test_half_points_only():
    with pytest.raises(ValueError):
        dive_score([7.0, 7.0, 7.2, 7.0, 7.0], 2.0)
