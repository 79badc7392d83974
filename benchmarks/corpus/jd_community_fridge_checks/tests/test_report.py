from datetime import date

from fridge.items import BEST_BEFORE, USE_BY, Item
from fridge.report import kilos_by_donor, kilos_saved

ITEMS = [
    Item("Milk", "Co-op", 2070, USE_BY, date(2024, 3, 12)),
    Item("Bread", "Bakery", 800, BEST_BEFORE, date(2024, 3, 12)),
    Item("Sliced ham", "Co-op", 120, USE_BY, date(2024, 3, 9)),
]


def test_kilos_by_donor():
    assert kilos_by_donor(ITEMS) == {"Co-op": 2.19, "Bakery": 0.8}


def test_kilos_saved():
    assert kilos_saved(ITEMS, [("Sliced ham", "past use by")]) == 2.87
