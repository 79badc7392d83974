from orders import Line, Order, parse_line


def test_parse_line(prices):
    assert parse_line("3 x nachos", prices) == Line("nachos", 3, 550)


def test_order_total(prices):
    order = Order(1, [parse_line("2 x taco", prices), parse_line("1 x burrito", prices)])
    assert order.total() == 1500
