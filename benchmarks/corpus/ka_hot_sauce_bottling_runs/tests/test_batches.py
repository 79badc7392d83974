from datetime import date

from batches import Batch, add_months


def test_add_months():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 11, 5), 24) == date(2026, 11, 5)


def test_plan_for_a_twenty_litre_batch():
    batch = Batch("Scotch Bonnet Mango", 20, 3.5, date(2024, 5, 3))
    assert batch.plan() == {"bottles": 129, "tasting ml": 50, "best before": date(2026, 5, 3)}


def test_part_bottle_goes_in_the_tasting_jar():
    batch = Batch("Smoked Chipotle", 10, 3.6, date(2024, 6, 1))
    plan = batch.plan()
    assert plan["bottles"] == 64
    assert plan["tasting ml"] == 100


def test_less_acid_sauce_keeps_a_year():
    batch = Batch("Green Jalapeno", 10, 3.9, date(2024, 6, 1))
    assert batch.plan()["best before"] == date(2025, 6, 1)


def test_bigger_bottles():
    batch = Batch("Smoked Chipotle", 6, 3.6, date(2024, 6, 1))
    assert batch.plan(250) == {"bottles": 23, "tasting ml": 70, "best before": date(2026, 6, 1)}
