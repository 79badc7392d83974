from datetime import date

from catering.menus import MENUS, Event


def test_guests():
    assert Event("A", date(2025, 1, 1), adults=12, children=3).guests == 15


def test_menus_priced():
    assert all(menu.price_per_head > 0 for menu in MENUS.values())
