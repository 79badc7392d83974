import pytest

from orders import Order, parse_line

PRICES = {"taco": 350, "burrito": 800, "nachos": 550, "horchata": 300}


@pytest.fixture
def prices():
    return dict(PRICES)


@pytest.fixture
def lunch_rush():
    return [
        Order(101, [parse_line("2 x taco", PRICES), parse_line("1 x horchata", PRICES)]),
        Order(102, [parse_line("1 x burrito", PRICES)]),
        Order(103, [parse_line("3 x taco", PRICES)], refunded=True),
        Order(104, [parse_line("1 x nachos", PRICES), parse_line("1 x taco", PRICES)]),
    ]
