import pytest

from saleroom.catalogue import Catalogue, DuplicateLot

EXPORT = """\
# Spring sale, Thursday 10am
1|Oak blanket box|80|120
2|Royal Doulton figure, 'The Balloon Seller'|40|60|30
3|Georgian silver teaspoons (6)|150|200|150

4|Railway poster, Southern Railway|200|300
"""


def test_loads_every_lot():
    catalogue = Catalogue("Spring sale")
    assert catalogue.load(EXPORT.splitlines()) == 4
    assert [lot.number for lot in catalogue.in_order()] == [1, 2, 3, 4]
    assert catalogue.rejected == []


def test_bad_lines_are_set_aside_with_their_line_number():
    lines = EXPORT.splitlines() + ["5|Mantel clock|80", "6|Singer sewing machine|30|50"]
    catalogue = Catalogue("Spring sale")
    assert catalogue.load(lines) == 5
    assert catalogue.rejected == [(7, "5|Mantel clock|80")]
    assert catalogue.gaps() == [5]


def test_duplicate_lot_number_stops_the_load():
    lines = EXPORT.splitlines() + ["3|Pair of brass candlesticks|30|50"]
    catalogue = Catalogue("Spring sale")
    with pytest.raises(DuplicateLot):
        catalogue.load(lines)


def test_adding_a_late_entry_twice():
    catalogue = Catalogue("Spring sale")
    catalogue.load(EXPORT.splitlines())
    with pytest.raises(DuplicateLot):
        catalogue.load(["4|Enamel sign, Brooke Bond tea|60|90"])


def test_total_estimate():
    catalogue = Catalogue("Spring sale")
    catalogue.load(EXPORT.splitlines())
    assert catalogue.total_estimate() == (470, 680)


def test_empty_catalogue_has_no_gaps():
    assert Catalogue("Spring sale").gaps() == []
