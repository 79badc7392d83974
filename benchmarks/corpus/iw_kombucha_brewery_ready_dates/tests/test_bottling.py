from datetime import date

import pytest

from kombucha.batches import Batch
from kombucha.bottling import bottling_plan


def test_two_flavours():
    plan = bottling_plan(Batch("V1", date(2024, 5, 1), 10), ["ginger", "raspberry"])
    assert plan["ginger"] == {"bottles": 13, "fruit_g": 257, "spare_ml": 210}
    assert plan["raspberry"] == plan["ginger"]


def test_big_bottles():
    plan = bottling_plan(Batch("V1", date(2024, 5, 1), 20), ["plain"], bottle_ml=750)
    assert plan["plain"]["bottles"] == 24


def test_needs_a_flavour():
    with pytest.raises(ValueError):
        bottling_plan(Batch("V1", date(2024, 5, 1), 10), [])
