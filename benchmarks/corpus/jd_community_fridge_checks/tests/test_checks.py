from datetime import date

from fridge.checks import still_good, take_me_first, to_remove
from fridge.items import BEST_BEFORE, USE_BY, Item

TODAY = date(2024, 3, 12)


def test_use_by_can_go_out_on_the_day():
    milk = Item("Milk", "Co-op", 2070, USE_BY, TODAY)
    assert to_remove([milk], TODAY) == []


def test_past_use_by_comes_out():
    ham = Item("Sliced ham", "Co-op", 120, USE_BY, date(2024, 3, 11))
    assert to_remove([ham], TODAY) == [("Sliced ham", "past use by")]


def test_best_before_can_stay_a_while():
    yoghurt = Item("Yoghurts x4", "Bakers Lane Tesco", 500, BEST_BEFORE, date(2024, 3, 2))
    assert to_remove([yoghurt], TODAY) == []


def test_long_past_best_before():
    rice = Item("Rice", "Mrs Byrne", 1000, BEST_BEFORE, date(2024, 1, 20), chilled=False)
    assert to_remove([rice], TODAY) == [("Rice", "long past best before")]


def test_opened_chilled_food_after_two_days():
    hummus = Item("Hummus", "Mr Ali", 200, USE_BY, date(2024, 3, 20), opened=True)
    assert to_remove([hummus], TODAY, {"Hummus": date(2024, 3, 11)}) == []
    assert to_remove([hummus], TODAY, {"Hummus": date(2024, 3, 10)}) == [("Hummus", "opened")]


def test_still_good():
    items = [
        Item("Milk", "Co-op", 2070, USE_BY, TODAY),
        Item("Sliced ham", "Co-op", 120, USE_BY, date(2024, 3, 9)),
    ]
    assert [item.name for item in still_good(items, TODAY)] == ["Milk"]


def test_take_me_first():
    items = [
        Item("Salad", "Co-op", 150, USE_BY, date(2024, 3, 13)),
        Item("Milk", "Co-op", 2070, USE_BY, TODAY),
        Item("Cheese", "Co-op", 250, USE_BY, date(2024, 3, 14)),
        Item("Bread", "Bakery", 800, BEST_BEFORE, TODAY),
    ]
    assert take_me_first(items, TODAY) == ["Milk", "Salad"]
