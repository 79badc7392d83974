import pytest

from inventory import Item, Warehouse


@pytest.fixture
def warehouse():
    """A warehouse with three items: plenty of mugs, a few kettles, no teapots."""
    w = Warehouse("north")
    w.register(Item("MUG", "Mug", 3.5, reorder_level=10))
    w.register(Item("KET", "Kettle", 24.0, reorder_level=3))
    w.register(Item("POT", "Teapot", 18.25, reorder_level=3))
    w.receive("MUG", 40)
    w.receive("KET", 3)
    return w
