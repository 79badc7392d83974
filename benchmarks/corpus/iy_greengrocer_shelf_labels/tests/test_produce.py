import pytest

from greengrocer.produce import Produce, money


def test_money():
    assert money(0.45) == "45p"
    assert money(1.2) == "£1.20"
    assert money(12) == "£12.00"


def test_unknown_unit():
    with pytest.raises(ValueError):
        Produce("APL", "Apples", "dozen", 2.0, "England")
