import pytest

from wallpaper import Paper, Room, order

PLAIN = Paper("Lining grade 1400", 6.50)
TRELLIS = Paper("Trellis sage", 32.00, repeat_cm=64)
STRIPE = Paper("Regency stripe", 24.00, repeat_cm=40)


@pytest.fixture
def bedroom():
    return Room("Back bedroom", 240, [300, 400, 300, 400])


def test_drops_round_the_walls(bedroom):
    assert bedroom.drops(PLAIN) == 6 + 8 + 6 + 8


def test_free_match_four_drops_a_roll(bedroom):
    assert bedroom.rolls_needed(PLAIN) == 7


def test_patterned_paper(bedroom):
    bedroom.height_cm = 250
    assert bedroom.rolls_needed(TRELLIS) == 10


def test_stripe_in_the_bedroom(bedroom):
    assert bedroom.rolls_needed(STRIPE) == 10
    assert bedroom.cost(STRIPE) == 240.00


def test_stairwell_too_tall_for_a_roll():
    with pytest.raises(ValueError, match="Stairwell"):
        Room("Stairwell", 1020, [200]).rolls_needed(PLAIN)


def test_order_with_a_spare(bedroom):
    box_room = Room("Box room", 230, [200, 240, 200, 240])
    assert order([bedroom, box_room], PLAIN) == {
        "rolls": {"Back bedroom": 7, "Box room": 5},
        "total": 13,
        "price": 84.50,
    }
