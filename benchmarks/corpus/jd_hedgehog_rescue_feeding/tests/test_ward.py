from datetime import date

import pytest

from rescue.patients import Hedgehog
from rescue.ward import Ward, round_up

ADMITTED = date(2024, 9, 2)


def make_ward():
    return Ward([
        Hedgehog("Bramble", ADMITTED, 410, pen="A"),
        Hedgehog("Pip", ADMITTED, 180, pen="B"),
        Hedgehog("Conker", ADMITTED, 640, pen="B"),
    ])


def test_round_up():
    assert round_up(20.5) == 25
    assert round_up(20) == 20


def test_food_for_the_whole_ward():
    assert make_ward().food_needed() == {"wet": 70, "biscuits": 30, "milk": 20}


def test_food_for_three_nights():
    assert make_ward().food_needed(3) == {"wet": 210, "biscuits": 90, "milk": 60}


def test_hedgehog_on_fluids_is_not_fed():
    ward = make_ward()
    ward.hedgehogs[0].on_fluids = True
    assert ward.food_needed() == {"wet": 45, "biscuits": 15, "milk": 20}


def test_food_for_one_pen():
    ward = make_ward()
    assert ward.food_needed(2, ward.in_pen("B")) == {"wet": 90, "biscuits": 30, "milk": 40}


def test_admit_and_release():
    ward = make_ward()
    ward.admit(Hedgehog("Sloe", ADMITTED, 350))
    with pytest.raises(ValueError):
        ward.admit(Hedgehog("Pip", ADMITTED, 200))
    assert ward.release("Conker").weight == 640
    assert [h.name for h in ward.hedgehogs] == ["Bramble", "Pip", "Sloe"]


def test_release_list():
    assert make_ward().release_list() == ["Conker"]
