from decimal import Decimal

from shop.checkout import apply_coupons, order_total
from shop.coupons import CATALOG


def test_percentage_code():
    assert order_total(Decimal("40.00"), ["welcome10"]) == Decimal("36.00")


def test_unknown_code_is_ignored():
    assert apply_coupons(Decimal("40.00"), ["NOPE"]) == (Decimal("0.00"), [])


def test_minimum_not_met():
    assert order_total(Decimal("20.00"), ["FIVEOFF"]) == Decimal("20.00")


def test_codes_apply_in_order():
    discount, applied = apply_coupons(Decimal("50.00"), ["WELCOME10", " fiveoff"])
    assert discount == Decimal("10.00")
    assert applied == ["WELCOME10", "FIVEOFF"]


def test_a_code_applies_once():
    assert order_total(Decimal("100.00"), ["WELCOME10", "welcome10"]) == Decimal("90.00")


def test_discount_never_exceeds_the_price():
    assert CATALOG["FIVEOFF"].discount_on(Decimal("3.00")) == Decimal("3.00")
