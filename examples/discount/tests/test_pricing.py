from pricing import bulk_discount, order_total


def test_small_orders_pay_full_price():
    assert bulk_discount(1) == 0.0
    assert bulk_discount(3) == 0.0
    assert bulk_discount(9) == 0.0


def test_ten_items_get_the_discount():
    assert bulk_discount(10) == 0.10


def test_order_total_applies_the_discount():
    assert order_total(2.0, 10) == 18.0
    assert order_total(2.0, 20) == 36.0
