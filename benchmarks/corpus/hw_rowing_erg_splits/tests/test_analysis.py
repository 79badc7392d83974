import pytest

from erg.analysis import average_split, best_stretch, drift, report

TWO_K = [108.2, 111.5, 112.0, 111.8]


def test_average():
    assert average_split(TWO_K) == pytest.approx(110.875)


def test_fast_start():
    assert best_stretch(TWO_K, 2) == (0, pytest.approx(109.85))


def test_fastest_single_split():
    assert best_stretch([115.0, 113.1, 114.0], 1) == (1, 113.1)


def test_sprint_finish():
    assert best_stretch([112.0, 112.4, 111.9, 109.5, 107.0], 2) == (3, pytest.approx(108.25))


def test_piece_shorter_than_the_stretch():
    assert best_stretch([110.0], 2) is None


def test_drift():
    assert drift(TWO_K) == pytest.approx(2.05)
    assert drift([110.0]) == 0.0


def test_report():
    assert report(TWO_K) == "average 1:50.9\nbest 2 x 500m from split 1: 1:49.8"
