import pytest

from fabric import Fabric, Panel, metres_needed

LINEN = Fabric("natural linen", 140, 28.0)
STRAWBERRY = Fabric("Strawberry Thief", 137, 62.0, repeat_cm=32)
SEAT = Panel("seat", 55, 55)


def test_two_seats_fit_across_the_roll():
    assert metres_needed([Panel("seat", 55, 55, 4)], LINEN) == 1.5


def test_odd_number_of_seats():
    # three seats still take two rows of cuts
    assert metres_needed([Panel("seat", 55, 55, 3)], LINEN) == 1.5


def test_rounds_up_to_the_half_metre():
    assert metres_needed([Panel("inside back", 75, 80), Panel("outside back", 75, 70)], LINEN) == 1.5
    assert metres_needed([Panel("inside back", 75, 110)], LINEN) == 1.5


def test_pattern_repeat_on_every_row():
    assert metres_needed([Panel("seat", 55, 55, 4)], STRAWBERRY) == 2.0


def test_panel_wider_than_the_roll():
    with pytest.raises(ValueError):
        metres_needed([Panel("sofa back", 180, 90)], LINEN)


def test_nothing_to_cut():
    assert metres_needed([], LINEN) == 0
