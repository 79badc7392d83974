from menu import parse_menu
from orders import order_total, safe_dishes

MENU = parse_menu("Fish fingers; 2.35; fish, gluten\nVeggie lasagne; 2.50; milk, gluten\nJacket potato; 1.90\n")


def test_safe_dishes():
    assert safe_dishes(MENU, {"Gluten"}) == ["Jacket potato"]
    assert safe_dishes(MENU, {"fish"}) == ["Jacket potato", "Veggie lasagne"]


def test_order_total():
    assert order_total(MENU, ["fish fingers", "Jacket Potato "]) == 425
