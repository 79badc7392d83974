from datetime import date

import pytest

from pyo.produce import fruit_named, in_season, open_fields


def test_fruit_names_are_forgiving():
    assert fruit_named(" Strawberries ").pick_price == 6.50


def test_unknown_fruit():
    with pytest.raises(ValueError):
        fruit_named("cherries")


def test_plums_in_august():
    assert in_season(fruit_named("plums"), date(2024, 8, 20))
    assert not in_season(fruit_named("plums"), date(2024, 7, 20))


def test_board_at_the_gate_in_june():
    assert open_fields(date(2024, 6, 15)) == ["gooseberries", "strawberries"]
