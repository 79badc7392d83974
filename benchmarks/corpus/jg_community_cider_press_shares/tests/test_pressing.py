from datetime import date

import pytest

from ciderpress.gate import DropOff
from ciderpress.pressing import PressDay


def test_fruit_pressed(press_day):
    assert press_day.fruit_kg() == 70.0


def test_one_grower_gets_all_the_juice():
    day = PressDay(date(2024, 10, 12))
    day.receive(DropOff("Mrs Pryce", 2, 10.8))
    assert day.share_out(6.4) == {"Mrs Pryce": 6.4}


def test_share_in_proportion_to_fruit(press_day):
    assert press_day.share_out(42.0) == {"Hilltop Farm": 36.0, "Mrs Pryce": 6.0}


def test_bottles(press_day):
    assert press_day.bottles(42.0) == {"Hilltop Farm": 48, "Mrs Pryce": 8}


def test_nothing_pressed():
    assert PressDay(date(2024, 10, 12)).share_out(0.0) == {}


def test_empty_sacks_are_turned_away():
    with pytest.raises(ValueError):
        PressDay(date(2024, 10, 12)).receive(DropOff("Hilltop Farm", 2, 0.8))
