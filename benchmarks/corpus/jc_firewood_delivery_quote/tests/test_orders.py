import pytest

from firewood.orders import Order, parse_order


def test_parse_order():
    assert parse_order("Mrs Hale, Seasoned, 2, 4") == Order("Mrs Hale", "seasoned", 2.0, 4.0)


def test_parse_order_with_stacking():
    assert parse_order("The Old Rectory, kiln-dried, 1.5, 12, stack").stacking


def test_unknown_wood():
    with pytest.raises(ValueError, match="unknown wood"):
        parse_order("Mrs Hale, oak, 2, 4")


def test_short_line():
    with pytest.raises(ValueError):
        parse_order("Mrs Hale, seasoned, 2")
