import pytest

from clubrating.elo import expected_score, k_factor


def test_even_match():
    assert expected_score(1500, 1500) == 0.5


def test_stronger_player_expected_to_win():
    assert expected_score(1900, 1500) == pytest.approx(0.909, abs=1e-3)
    assert expected_score(1500, 1900) == pytest.approx(0.091, abs=1e-3)


def test_k_factor():
    assert k_factor(1500, 3) == 40
    assert k_factor(1500, 30) == 20
    assert k_factor(2450, 100) == 10
