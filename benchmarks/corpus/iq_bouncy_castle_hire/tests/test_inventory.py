from bouncy.inventory import Item, load_catalogue

SHEET = """
# code, name, rate, where, blower
C1, Pirate Ship Castle, 85, indoor, blower
C2, Jungle Slide, 120, outdoor, blower
S1, Sumo Suits, 60, indoor, -
"""


def test_load_catalogue():
    items = load_catalogue(SHEET)
    assert sorted(items) == ["C1", "C2", "S1"]
    assert items["C2"] == Item("C2", "Jungle Slide", 120.0, False, True)


def test_sumo_suits_need_no_blower():
    assert not load_catalogue(SHEET)["S1"].needs_blower
