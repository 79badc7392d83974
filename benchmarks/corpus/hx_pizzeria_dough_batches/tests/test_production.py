from pizzeria.production import flour_order, mixing_plan
from pizzeria.recipes import Recipe

NEAPOLITAN = Recipe("neapolitan", dough_grams=250, hydration=0.65)
BATCH = 10_000


def test_one_day():
    assert mixing_plan([("fri", 120)], NEAPOLITAN, BATCH) == [("fri", 3)]


def test_closed_day():
    assert mixing_plan([("mon", 0)], NEAPOLITAN, BATCH) == [("mon", 0)]


def test_part_batch_rounds_up():
    assert mixing_plan([("tue", 48)], NEAPOLITAN, BATCH) == [("tue", 2)]


def test_yesterdays_dough_is_used_first():
    # Thursday's three batches leave 3 kg, which covers a quarter of Friday's 12 kg.
    assert mixing_plan([("thu", 108), ("fri", 48)], NEAPOLITAN, BATCH) == [("thu", 3), ("fri", 1)]


def test_dough_keeps_one_night_only():
    orders = [("wed", 108), ("thu", 8), ("fri", 48)]
    assert mixing_plan(orders, NEAPOLITAN, BATCH) == [("wed", 3), ("thu", 0), ("fri", 2)]


def test_flour_in_whole_sacks():
    assert flour_order([("fri", 3), ("sat", 2)], NEAPOLITAN, BATCH) == 50
