from harpstrings.harp import Harp
from harpstrings.orders import order_lines, read_broken

HARP = Harp("Ashbury 34", 34, top="A6", wound_from="C3")


def test_read_broken():
    assert read_broken("17, 3 and 30 (30 went twice)") == [3, 17, 30]


def test_order_lines():
    assert order_lines(HARP, [34, 2]) == ["Ashbury 34 #2 G6 nylon", "Ashbury 34 #34 C2 wound (red)"]
