import pytest

from vending.coins import make_change


def test_make_change():
    assert make_change(80, {50: 1, 20: 3, 10: 1}) == [50, 20, 10]


def test_nothing_to_pay():
    assert make_change(0, {50: 1}) == []


def test_cannot_pay():
    assert make_change(30, {50: 4, 20: 1}) is None


def test_negative():
    with pytest.raises(ValueError):
        make_change(-10, {10: 1})
