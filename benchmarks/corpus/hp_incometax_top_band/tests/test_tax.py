from decimal import Decimal

from incometax.tax import allowance, income_tax, marginal_rate, take_home


def test_below_the_allowance(bands):
    assert income_tax(Decimal("12000"), bands) == Decimal("0.00")


def test_basic_and_higher_rate(bands):
    assert income_tax(Decimal("30000"), bands) == Decimal("3486.00")
    assert income_tax(Decimal("60000"), bands) == Decimal("11432.00")


def test_allowance_tapers_away():
    assert allowance(Decimal("110000")) == Decimal("7570")
    assert allowance(Decimal("130000")) == Decimal("0")


def test_additional_rate(bands):
    assert income_tax(Decimal("200000"), bands) == Decimal("76203.00")


def test_pension_relief_in_the_top_band(bands):
    assert income_tax(Decimal("180000"), bands, pension=Decimal("20000")) == Decimal("58203.00")


def test_take_home(bands):
    assert take_home(Decimal("50000"), bands, pension=Decimal("5000")) == Decimal("38514.00")
    assert marginal_rate(Decimal("60000"), bands) == Decimal("40")
