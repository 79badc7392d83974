from takings import best_seller, day_total, takings_by_item


def test_no_orders():
    assert takings_by_item([]) == {}
    assert best_seller([]) is None


def test_takings_by_item(lunch_rush):
    assert takings_by_item(lunch_rush) == {"taco": 1050, "horchata": 300, "burrito": 800, "nachos": 550}


def test_day_total(lunch_rush):
    assert day_total(lunch_rush) == 2700


def test_best_seller(lunch_rush):
    assert best_seller(lunch_rush) == "taco"
