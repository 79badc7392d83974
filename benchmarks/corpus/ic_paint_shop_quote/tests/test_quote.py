import pytest

from quote import Paint, quote, tins_needed
from rooms import Room

MATT = Paint("matt white", coverage=12, tin_litres=2.5, tin_price=24.99)
CEILING = Paint("ceiling white", coverage=10, tin_litres=5, tin_price=31.50)


def test_exact_tins():
    assert tins_needed(60, MATT) == 4


def test_part_tin_is_a_whole_tin():
    assert tins_needed(35, MATT) == 3


def test_one_coat():
    assert tins_needed(30, MATT, coats=1) == 1


def test_no_coats():
    with pytest.raises(ValueError):
        tins_needed(30, MATT, coats=0)


def test_quote_for_two_rooms():
    rooms = [Room("bedroom", 4, 3, 2.4, windows=1), Room("box room", 2, 2, 2.4)]
    assert quote(rooms, MATT, CEILING) == {"wall_tins": 4, "ceiling_tins": 1, "total": 131.46}
