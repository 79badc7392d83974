import pytest

from racing.lofts import Loft, distance_yards, read_lofts


def test_one_degree_of_latitude():
    assert distance_yards(Loft("x", 52.0, 0.0), 51.0, 0.0) == pytest.approx(121_604, abs=1)


def test_same_place():
    assert distance_yards(Loft("x", 53.7, -1.78), 53.7, -1.78) == 0


def test_read_register():
    lofts = read_lofts("J Haigh, 53.701, -1.782\nFirth & Son, 53.652, -1.805\n")
    assert lofts["Firth & Son"] == Loft("Firth & Son", 53.652, -1.805)
