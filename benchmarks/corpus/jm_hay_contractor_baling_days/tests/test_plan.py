from datetime import date

import pytest

from haymaking.forecast import read_forecast
from haymaking.plan import Field, mowing_days, plan_cuts

# A wet start, a dry spell from the 12th to the 15th, rain on the 16th, dry to the end.
WEEK = read_forecast(
    """
    2024-06-10  4.0mm
    2024-06-11  0.6mm
    2024-06-12  0.0mm
    2024-06-13  0.2mm
    2024-06-14  0.0mm
    2024-06-15  0.5mm
    2024-06-16  7.5mm
    2024-06-17  0.0mm
    2024-06-18  0.0mm
    """
)


def test_mowing_days_in_a_dry_spell():
    assert mowing_days(WEEK[:7], 3) == [date(2024, 6, 12), date(2024, 6, 13)]


def test_no_room_for_a_long_dry():
    assert mowing_days(WEEK, 5) == []


def test_spell_at_the_end_of_the_forecast():
    assert mowing_days(WEEK, 2) == [date(2024, 6, 12), date(2024, 6, 13), date(2024, 6, 14), date(2024, 6, 17)]


def test_drying_days_must_be_positive():
    with pytest.raises(ValueError):
        mowing_days(WEEK, 0)


def test_plan_cuts_biggest_field_first():
    fields = [Field("Long Meadow", 12), Field("Church Piece", 20), Field("Brook Field", 6, drying_days=4)]
    assert plan_cuts(fields, WEEK, acres_a_day=25) == {
        "Church Piece": (date(2024, 6, 12), date(2024, 6, 14)),
        "Long Meadow": (date(2024, 6, 13), date(2024, 6, 15)),
        "Brook Field": None,
    }


def test_plan_cuts_last_two_days():
    fields = [Field("Top Ground", 8, drying_days=2), Field("Orchard Paddock", 5, drying_days=2)]
    assert plan_cuts(fields, WEEK[3:], acres_a_day=10) == {
        "Top Ground": (date(2024, 6, 13), date(2024, 6, 14)),
        "Orchard Paddock": (date(2024, 6, 14), date(2024, 6, 15)),
    }
