import pytest

from thatch.quote import Quote, Roof, in_pounds, quote


def test_cottage_in_water_reed():
    assert quote(Roof(10, 5), "water reed") == Quote(
        bundles=1000,
        materials=380000,
        days=10,
        labour=520000,
        ridge=95000,
        scaffold=36000,
        vat=206200,
        total=1237200,
    )


def test_part_bundle_is_bought_whole():
    assert quote(Roof(8.3, 4.45), "long straw").bundles == 887


def test_scaffold_by_the_week():
    q = quote(Roof(6, 5), "combed wheat", thatchers=1)
    assert q.days == 12
    assert q.scaffold == 3 * 18000


def test_flush_ridge():
    assert quote(Roof(10, 5, ridge="flush"), "water reed").ridge == 65000


def test_unknown_material():
    with pytest.raises(ValueError, match="heather"):
        quote(Roof(10, 5), "heather")


def test_nobody_to_do_it():
    with pytest.raises(ValueError):
        quote(Roof(10, 5), "water reed", thatchers=0)


def test_in_pounds():
    assert in_pounds(1237200) == "£12,372.00"
    assert in_pounds(95005) == "£950.05"
