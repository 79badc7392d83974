from fitting.quote import quote, total
from fitting.survey import Room

PRICE = 18.50  # twist pile, per m2


def test_small_room_off_the_four_metre_roll():
    # 4 m x 3.3 m bought; gripper 2 x 6.1 m
    assert quote([Room("Back bedroom", 3.2, 2.9)], PRICE) == [("Back bedroom", 13.2, 384.24)]


def test_roll_laid_across_the_shorter_side():
    assert quote([Room("Lounge", 3.8, 4.6)], PRICE)[0][1] == 18.8


def test_five_metre_roll_when_four_is_too_narrow():
    assert quote([Room("Front room", 5.5, 4.5)], PRICE)[0][1] == 28.0


def test_big_square_room_is_seamed():
    assert quote([Room("Studio", 6.0, 6.0)], PRICE)[0][1] == 61.0


def test_knocked_through_room_takes_two_drops():
    # 5.6 m across needs two 5 m drops, each the 10.4 m length plus trim
    [(name, bought, price)] = quote([Room("Lounge-diner", 10.4, 5.6)], PRICE)
    assert bought == 105.0
    assert price == 2978.40


def test_total():
    lines = quote([Room("Back bedroom", 3.2, 2.9), Room("Box room", 2.4, 2.1)], PRICE)
    assert total(lines) == 675.04
