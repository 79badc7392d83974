from decimal import Decimal

import pytest

from tab.split import split_by_weight, split_evenly


def test_even_amount():
    assert split_evenly(Decimal("90.00"), ["ada", "ben", "cy"]) == {
        "ada": Decimal("30.00"), "ben": Decimal("30.00"), "cy": Decimal("30.00")}


def test_leftover_cents_go_to_the_first_people():
    assert split_evenly(Decimal("100.00"), ["ada", "ben", "cy"]) == {
        "ada": Decimal("33.34"), "ben": Decimal("33.33"), "cy": Decimal("33.33")}


def test_nobody():
    with pytest.raises(ValueError):
        split_evenly(Decimal("10.00"), [])


def test_by_weight():
    shares = split_by_weight(Decimal("100.00"), {"ada": 2, "ben": 1})
    assert shares == {"ada": Decimal("66.67"), "ben": Decimal("33.33")}
