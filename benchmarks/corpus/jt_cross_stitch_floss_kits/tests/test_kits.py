import pytest

from chart import KeyEntry
from kits import kit_list, kit_price, skeins_for

KEY = {
    "@": KeyEntry("@", "310", "full"),
    "o": KeyEntry("o", "ecru", "full"),
    "x": KeyEntry("x", "3865", "full"),
    "/": KeyEntry("/", "3865", "half"),
}
# A sampler band: 2000 crosses of black, 600 of ecru, 1200 of white and 400 halves.
BAND = ["@" * 100] * 20 + ["o" * 100] * 6 + ["x" * 100] * 12 + ["/" * 100] * 4


def test_skeins_for():
    assert skeins_for(1000, 14) == 1
    assert skeins_for(1800, 14) == 2
    assert skeins_for(1800, 18) == 1


def test_unknown_fabric():
    with pytest.raises(ValueError):
        skeins_for(100, 28)


def test_kit_list_in_drawer_order():
    assert kit_list(BAND, KEY, 14) == [("310", 2), ("3865", 1), ("ecru", 1)]


def test_colours_in_the_stash_are_left_out():
    assert kit_list(BAND, KEY, 14, stash={"310": 3}) == [("3865", 1), ("ecru", 1)]


def test_short_colour_packed_in_full():
    assert kit_list(BAND, KEY, 14, stash={"310": 1, "ecru": 2}) == [("310", 2), ("3865", 1)]


def test_kit_price():
    assert kit_price([("310", 2), ("3865", 1)]) == 285
