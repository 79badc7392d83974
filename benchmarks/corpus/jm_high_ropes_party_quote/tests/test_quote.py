from datetime import date
from decimal import Decimal

from treetops.courses import Climber
from treetops.quote import quote

TUESDAY = date(2024, 5, 14)
SATURDAY = date(2024, 5, 18)
SUNDAY = date(2024, 5, 19)
HALF_TERM = [(date(2024, 5, 27), date(2024, 5, 31))]

FAMILY = [
    Climber("Dad", 44, 180, "summit"),
    Climber("Mum", 41, 165, "canopy"),
    Climber("Ivy", 9, 134, "canopy"),
]


def test_family_midweek():
    assert quote(FAMILY, TUESDAY) == Decimal("86.00")


def test_sixteen_pays_the_adult_price():
    assert quote([Climber("Sam", 16, 171, "summit")], TUESDAY) == Decimal("36.00")
    assert quote([Climber("Jo", 15, 160, "summit")], TUESDAY) == Decimal("30.00")


def test_weekend_prices():
    assert quote(FAMILY, SATURDAY) == Decimal("103.20")
    assert quote(FAMILY, SUNDAY) == Decimal("103.20")


def test_school_holidays_are_peak():
    assert quote(FAMILY, date(2024, 5, 29), HALF_TERM) == Decimal("103.20")
    assert quote(FAMILY, date(2024, 6, 4), HALF_TERM) == Decimal("86.00")


def test_big_party_cheapest_place_free():
    party = [Climber(f"Cub {n}", 9, 135, "canopy") for n in range(9)] + [Climber("Akela", 38, 170, "squirrel")]
    assert quote(party, TUESDAY) == Decimal("198.00")
