from datetime import date

from hatblocks.blocks import Block, BlockShelf
from hatblocks.orders import Order, plan_week, read_orders


def test_read_orders():
    text = """
number,style,head_cm,fitting
A-131, Fedora ,57.5,2024-03-14
A-132,cloche,55,2024-03-12
"""
    assert read_orders(text) == [
        Order("A-131", "fedora", 57.5, date(2024, 3, 14)),
        Order("A-132", "cloche", 55.0, date(2024, 3, 12)),
    ]


def test_plan_week_books_earliest_fitting_first():
    shelf = BlockShelf([Block("F57", "fedora", 57), Block("F58", "fedora", 58), Block("P55", "pillbox", 55)])
    orders = [
        Order("A-140", "fedora", 57.5, date(2024, 3, 15)),
        Order("A-141", "pillbox", 55.5, date(2024, 3, 13)),
        Order("A-142", "fedora", 57, date(2024, 3, 11)),
    ]
    assert plan_week(shelf, orders) == ({"A-142": "F57", "A-141": "P55", "A-140": "F58"}, [])


def test_plan_week_leaves_an_order_waiting_when_the_blocks_are_out():
    shelf = BlockShelf([Block("B56", "boater", 56), Block("B58", "boater", 58)])
    orders = [
        Order("A-150", "boater", 56, date(2024, 3, 11)),
        Order("A-151", "boater", 56.5, date(2024, 3, 12)),
        Order("A-152", "boater", 56, date(2024, 3, 13)),
    ]
    assert plan_week(shelf, orders) == ({"A-150": "B56"}, ["A-151", "A-152"])
