from datetime import date

import pytest

from foodbank.parcels import Household, parcel_for
from foodbank.stock import Item, Stock

TODAY = date(2024, 3, 4)


@pytest.fixture
def stock():
    return Stock([
        Item("baked beans", "tins", 10, best_before=date(2025, 1, 1)),
        Item("tomato soup", "tins", 4, frozenset({"celery"}), date(2024, 6, 1)),
        Item("spaghetti", "pasta", 5, frozenset({"gluten"}), date(2025, 5, 1)),
        Item("rice", "pasta", 8),
        Item("cornflakes", "cereal", 2, best_before=date(2024, 3, 1)),
        Item("porridge oats", "cereal", 6, frozenset({"gluten"}), date(2024, 9, 1)),
        Item("teabags", "tea", 20),
    ])


def test_single_adult(stock):
    household = Household("R-101", adults=1, allergies=set())
    assert parcel_for(household, stock, TODAY) == {
        "tomato soup": 3, "spaghetti": 1, "porridge oats": 1, "teabags": 1,
    }


def test_family_takes_oldest_first_then_the_next(stock):
    household = Household("R-102", adults=2, children=1, allergies=set())
    parcel = parcel_for(household, stock, TODAY)
    assert parcel["tomato soup"] == 4
    assert parcel["baked beans"] == 5
    assert stock.count("tins") == 5


def test_leaves_out_allergens(stock):
    household = Household.from_referral({"ref": "R-103", "adults": 2, "allergies": ["Gluten "]})
    parcel = parcel_for(household, stock, TODAY)
    assert "spaghetti" not in parcel and "porridge oats" not in parcel
    assert parcel["rice"] == 2


def test_referral_without_allergies(stock):
    household = Household.from_referral({"ref": "R-104", "adults": 1, "children": 2})
    parcel = parcel_for(household, stock, TODAY)
    assert parcel["spaghetti"] == 3
    assert parcel["tomato soup"] == 4


def test_short_when_shelves_run_out(stock):
    household = Household("R-105", adults=4, children=4, allergies={"gluten"})
    parcel = parcel_for(household, stock, TODAY)
    assert parcel["rice"] == 8
    assert "cornflakes" not in parcel
