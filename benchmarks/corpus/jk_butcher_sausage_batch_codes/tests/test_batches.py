from datetime import date, time

import pytest

from sausages.batches import Run, batch_labels, kilos_by_day, use_by
from sausages.recipes import recipe

TUESDAY = date(2024, 3, 12)
WEDNESDAY = date(2024, 3, 13)


def test_recipe_lookup():
    assert recipe(" Cumberland ").code == "CU"
    with pytest.raises(KeyError):
        recipe("black pudding")


def test_use_by_from_shelf_life():
    assert use_by(Run(TUESDAY, time(7, 30), "venison", 12.0)) == date(2024, 3, 15)


def test_runs_numbered_in_the_order_they_started():
    runs = [
        Run(TUESDAY, time(9, 15), "cumberland", 20.0),
        Run(TUESDAY, time(7, 30), "pork", 25.0),
        Run(TUESDAY, time(11, 0), "pork and leek", 15.5),
    ]
    assert [label.batch for label in batch_labels(runs)] == ["240312-PK-01", "240312-CU-02", "240312-PL-03"]


def test_numbering_starts_again_each_day():
    runs = [
        Run(TUESDAY, time(7, 30), "pork", 25.0),
        Run(TUESDAY, time(9, 15), "cumberland", 20.0),
        Run(WEDNESDAY, time(7, 45), "lamb and mint", 10.0),
        Run(WEDNESDAY, time(10, 0), "pork", 25.0),
    ]
    assert [label.batch for label in batch_labels(runs)] == [
        "240312-PK-01",
        "240312-CU-02",
        "240313-LM-01",
        "240313-PK-02",
    ]


def test_label_carries_use_by_and_weight():
    (label,) = batch_labels([Run(WEDNESDAY, time(8, 0), "gluten free pork", 18.25)])
    assert (label.recipe, label.use_by, label.kilos) == ("gluten free pork", date(2024, 3, 18), 18.25)


def test_kilos_by_day():
    runs = [Run(TUESDAY, time(7, 30), "pork", 25.0), Run(TUESDAY, time(9, 0), "venison", 12.4)]
    assert kilos_by_day(batch_labels(runs)) == {"240312": 37.4}
