from decimal import Decimal

from customs.assess import assess
from customs.parcel import Line, Parcel, parse_declaration
from customs.tariff import duty_rate


def test_parse_declaration():
    parcel = parse_declaration("""
        CX-88213 9.90
        wool scarf | clothing | 35.00 | 2
        board game | toys | 42.50 | 1
    """)
    assert parcel.reference == "CX-88213"
    assert parcel.shipping == Decimal("9.90")
    assert parcel.lines[0] == Line("wool scarf", "clothing", Decimal("35.00"), 2)


def test_unlisted_category_pays_the_general_rate():
    assert duty_rate(" Garden ") == Decimal("0.04")
    assert duty_rate("Books") == Decimal("0")


def test_small_parcel_pays_only_vat():
    result = assess(Parcel("CX-1", lines=[Line("mug", "other", Decimal("40.00"))]))
    assert result.duty == Decimal("0")
    assert result.vat == Decimal("8.00")
    assert result.total == Decimal("16.00")


def test_duty_on_every_unit():
    parcel = Parcel("CX-2", lines=[Line("jacket", "clothing", Decimal("60.00"), 3)])
    result = assess(parcel)
    assert result.goods == Decimal("180.00")
    assert result.duty == Decimal("21.60")
    assert result.vat == Decimal("40.32")


def test_vat_includes_shipping():
    parcel = Parcel("CX-3", shipping=Decimal("12.50"), lines=[Line("kite", "toys", Decimal("25.00"))])
    result = assess(parcel)
    assert result.vat == Decimal("7.50")
    assert result.total == Decimal("15.50")


def test_nothing_due_on_a_free_catalogue():
    result = assess(Parcel("CX-4", lines=[Line("catalogue", "books", Decimal("0"), 2)]))
    assert result.total == Decimal("0")
