from datetime import date

from fishcounter.board import counter_board, waste_kg
from fishcounter.stock import Box


def test_fresh_fish_at_full_margin(today):
    assert counter_board([Box("cod", 6.0, 8400, today)], today) == [("cod", 2520, "")]


def test_last_day_at_half_price(today):
    box = Box("mackerel", 4.0, 2000, date(2024, 11, 13))
    assert counter_board([box], today) == [("mackerel", 450, "today only")]


def test_board_for_the_slab(slab, today):
    assert counter_board(slab, today) == [("cod", 2520, ""), ("mackerel", 450, "today only")]


def test_freshest_box_sets_the_price(today):
    boxes = [Box("hake", 5.0, 6000, date(2024, 11, 14)), Box("hake", 5.0, 5000, date(2024, 11, 12))]
    assert counter_board(boxes, today) == [("hake", 2160, "")]


def test_waste(slab, today):
    assert waste_kg(slab, today) == {"plaice": 3.0}
