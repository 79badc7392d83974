import pytest

from firewood.orders import Order
from firewood.pricing import PriceList


@pytest.fixture
def prices():
    return PriceList()


def test_local_load(prices):
    q = prices.quote(Order("Mrs Hale", "seasoned", 2, 4))
    assert (q.wood, q.discount, q.delivery, q.stacking) == (190.0, 0.0, 0.0, 0.0)
    assert q.total == 190.0


def test_bulk_discount(prices):
    q = prices.quote(Order("Mrs Hale", "seasoned", 4, 4))
    assert q.discount == 38.0
    assert q.total == 342.0


def test_three_cubic_metres_gets_the_bulk_discount(prices):
    q = prices.quote(Order("Ashby Farm", "softwood", 3, 2))
    assert q.discount == 21.0
    assert q.total == 189.0


def test_delivery_charged_past_ten_miles(prices):
    q = prices.quote(Order("The Old Rectory", "kiln-dried", 1, 16))
    assert q.delivery == 9.0
    assert q.total == 139.0


def test_stacking(prices):
    q = prices.quote(Order("The Old Rectory", "kiln-dried", 2, 8, stacking=True))
    assert q.stacking == 30.0
    assert q.total == 290.0


def test_no_wood(prices):
    with pytest.raises(ValueError):
        prices.quote(Order("Mrs Hale", "seasoned", 0, 4))


def test_quote_text(prices):
    text = prices.quote_text(Order("Mrs Hale", "seasoned", 2, 4))
    assert text == "2 m3 seasoned logs: £190.00\nDelivery: free\nTotal: £190.00"
