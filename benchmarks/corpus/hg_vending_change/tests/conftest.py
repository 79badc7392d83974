import pytest

from vending.machine import Slot, VendingMachine


@pytest.fixture
def machine():
    slots = {
        "A1": Slot("Sparkling water", 120, count=5),
        "A2": Slot("Crisps", 90, count=1),
        "B1": Slot("Chocolate bar", 150, count=0),
    }
    return VendingMachine(slots, coins={50: 2, 20: 5, 10: 5})
