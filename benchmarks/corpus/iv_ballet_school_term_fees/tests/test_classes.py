import pytest

from ballet.classes import term_fee


def test_one_class():
    assert term_fee(["B1"]) == 100.80


def test_two_classes():
    assert term_fee(["B3", "T1"]) == pytest.approx(204.0)


def test_short_term():
    assert term_fee(["PB"], weeks=10) == 75.0


def test_unknown_class():
    with pytest.raises(KeyError):
        term_fee(["B1", "JZ"])
