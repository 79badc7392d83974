import pytest

from saleroom.lots import Lot, parse_lot


def test_lot_with_reserve():
    assert parse_lot("12 | Victorian mahogany chest of drawers | 300 | 500 | 250") == Lot(
        12, "Victorian mahogany chest of drawers", 300, 500, 250
    )


def test_lot_without_reserve():
    assert parse_lot("7|Box of assorted tools|20|40").reserve == 0


@pytest.mark.parametrize(
    "line",
    ["7|Box of tools|20", "x|Box of tools|20|40", "7||20|40", "7|Box of tools|40|20", "7|Box of tools|20.50|40", "7|Clock|100|200|150"],
)
def test_not_a_lot(line):
    with pytest.raises(ValueError):
        parse_lot(line)


def test_estimate_text():
    assert Lot(3, "Pair of Staffordshire dogs", 1200, 1800).estimate == "£1,200-£1,800"
