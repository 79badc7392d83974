from allocation import Line, allocate
from picking import order_bundles, picking_sheet

STOCK = {
    ("hawthorn", "40-60cm"): 300,
    ("hawthorn", "60-90cm"): 50,
    ("blackthorn", "40-60cm"): 100,
    ("blackthorn", "90-120cm"): 10,
}


def test_single_order_filled():
    picks, short = allocate([Line(1, "Hawthorn", "40-60cm", 200)], STOCK)
    assert picks == [(1, "hawthorn", "40-60cm", 200)]
    assert short == []


def test_short_line_made_up_from_bigger_trees():
    picks, short = allocate([Line(1, "blackthorn", "40-60cm", 105)], STOCK)
    assert picks == [(1, "blackthorn", "40-60cm", 100), (1, "blackthorn", "90-120cm", 5)]
    assert short == []


def test_never_made_up_from_smaller_trees():
    picks, short = allocate([Line(1, "hawthorn", "60-90cm", 80)], STOCK)
    assert picks == [(1, "hawthorn", "60-90cm", 50)]
    assert short == [(1, "hawthorn", "60-90cm", 30)]


def test_earlier_orders_come_first():
    lines = [Line(2, "hawthorn", "40-60cm", 200), Line(1, "hawthorn", "40-60cm", 250)]
    picks, short = allocate(lines, STOCK)
    assert picks == [
        (1, "hawthorn", "40-60cm", 250),
        (2, "hawthorn", "40-60cm", 50),
        (2, "hawthorn", "60-90cm", 50),
    ]
    assert short == [(2, "hawthorn", "40-60cm", 100)]


def test_stock_is_not_changed():
    allocate([Line(1, "hawthorn", "40-60cm", 200)], STOCK)
    assert STOCK[("hawthorn", "40-60cm")] == 300


def test_picking_sheet_and_bundles():
    picks = [(1, "hawthorn", "40-60cm", 250), (2, "hawthorn", "40-60cm", 50), (2, "blackthorn", "90-120cm", 5)]
    assert picking_sheet(picks) == ["blackthorn 90-120cm: 5", "hawthorn 40-60cm: 300"]
    assert order_bundles(picks) == {1: 250, 2: 55}
