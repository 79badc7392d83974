import pytest

from quote import quote, receipt


def test_chain(spot):
    result = quote([("22ct", 30)], spot)
    assert result["lines"] == [("22ct", 30, "gold", 27.48, 1319.04)]
    assert result["offer"] == 1319.04


def test_small_lot_pays_the_testing_fee(spot):
    assert quote([("9ct", 3)], spot)["offer"] == 49.00


def test_mixed_lot(spot):
    result = quote([("sterling", 40), ("9ct", 8)], spot)
    assert [line[-1] for line in result["lines"]] == [17.76, 144.00]
    assert result["offer"] == 161.76


def test_nine_carat_bracelet(spot):
    assert quote([("9ct", 12)], spot)["offer"] == 216.00


def test_ten_grams_is_not_a_small_lot(spot):
    assert quote([("22ct", 4), ("22ct", 6)], spot)["offer"] == 439.68


def test_nothing_brought_in(spot):
    assert quote([], spot)["offer"] == 0.0


def test_unreadable_piece(spot):
    with pytest.raises(ValueError):
        quote([("9ct", 5), ("rolled gold", 12)], spot)


def test_receipt(spot):
    assert receipt(quote([("9ct", 3)], spot)).splitlines() == [
        "       9ct    3.00 g  gold         54.00",
        "     OFFER                          49.00",
    ]
