from boxoffice.tickets import Order, Seat


def test_order_total():
    order = Order("2024-11-14 19:30", [Seat("F", 11, "stalls"), Seat("K", 2, "gallery")], discount=500)
    assert order.subtotal == 3600
    assert order.total == 3100
    assert order.seats[0].label == "F11"
