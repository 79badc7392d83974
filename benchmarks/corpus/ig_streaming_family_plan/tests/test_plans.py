import pytest

from streamco.billing import Promotion, cheapest, first_year_cost
from streamco.plans import Plan

BASIC = Plan("Basic", 5.99, 1, 2.50, 2)
STANDARD = Plan("Standard", 10.99, 2, 3.00, 4)
FAMILY = Plan("Family", 15.99, 4, 2.00, 6)


def test_included_profiles_only():
    assert STANDARD.monthly_cost(2) == 10.99


def test_extra_profiles_cost_more():
    assert FAMILY.monthly_cost(6) == 19.99


def test_too_many_profiles():
    with pytest.raises(ValueError):
        BASIC.monthly_cost(3)


def test_cheapest_for_a_couple():
    assert cheapest([FAMILY, STANDARD, BASIC], 2) == "Basic"


def test_cheapest_for_five():
    assert cheapest([BASIC, STANDARD, FAMILY], 5) == "Family"


def test_first_year_without_promotion():
    assert first_year_cost(STANDARD, 3) == 167.88


def test_first_year_with_three_cheap_months():
    promo = Promotion("Standard", 4.99, 3)
    assert first_year_cost(STANDARD, 2) - first_year_cost(STANDARD, 2, promo) == pytest.approx(18.00)
