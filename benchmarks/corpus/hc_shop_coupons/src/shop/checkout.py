"""Applying the codes a customer typed at checkout."""

from __future__ import annotations

from decimal import Decimal

from .coupons import CATALOG, Coupon
from .money import to_cents


def apply_coupons(subtotal: Decimal, codes: list[str],
                  catalog: dict[str, Coupon] = CATALOG) -> tuple[Decimal, list[str]]:
    """The total discount and the codes that applied, in the order typed. Codes are
    case-insensitive; unknown codes, repeats and codes whose minimum is not met by
    what is still to pay are skipped."""
    remaining = to_cents(subtotal)
    applied: list[str] = []
    for typed in codes:
        code = typed.strip().upper()
        coupon = catalog.get(code)
        if coupon is None or code in applied or remaining < coupon.min_subtotal:
            continue
        remaining -= coupon.discount_on(remaining)
    return to_cents(subtotal) - remaining, applied


def order_total(subtotal: Decimal, codes: list[str]) -> Decimal:
    discount, _ = apply_coupons(subtotal, codes)
    return to_cents(subtotal) - discount
