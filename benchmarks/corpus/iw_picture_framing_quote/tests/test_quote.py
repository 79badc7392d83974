import pytest

from framing.quote import FrameOrder, moulding_length_m, outer_size, price_each, quote


def test_mount_adds_border_on_every_side():
    assert outer_size(FrameOrder(30, 40, "OAK20", mount_cm=5)) == (40, 50)


def test_moulding_length_includes_mitres():
    # 140cm round the outside, plus 8 x 2cm for the four mitred corners
    assert moulding_length_m(FrameOrder(30, 40, "OAK20")) == 1.56


def test_simple_frame():
    assert price_each(FrameOrder(30, 40, "OAK20")) == 36.78


def test_frame_with_mount():
    assert price_each(FrameOrder(30, 40, "oak20", mount_cm=5)) == 48.42


def test_unknown_glazing():
    with pytest.raises(ValueError):
        price_each(FrameOrder(30, 40, "OAK20", glazing="diamond"))


def test_exactly_a_metre_is_not_oversize():
    assert price_each(FrameOrder(100, 100, "BLK15")) == 75.32


def test_large_landscape_is_oversize():
    assert price_each(FrameOrder(120, 80, "GLD55", "museum")) == 289.14


def test_large_portrait_costs_the_same_as_landscape():
    landscape = price_each(FrameOrder(120, 80, "GLD55", "museum"))
    assert price_each(FrameOrder(80, 120, "GLD55", "museum")) == landscape


def test_trade_quote():
    orders = [FrameOrder(30, 40, "OAK20", quantity=3), FrameOrder(21, 29.7, "WHT25", "none")]
    result = quote(orders, trade=True)
    assert result["lines"] == [("OAK20", 3, 36.78), ("WHT25", 1, 27.43)]
    assert result["subtotal"] == 137.77
    assert result["discount"] == 20.67
    assert result["total"] == 117.1


def test_retail_quote_has_no_discount():
    result = quote([FrameOrder(30, 40, "OAK20")])
    assert result["discount"] == 0.0 and result["total"] == 36.78
