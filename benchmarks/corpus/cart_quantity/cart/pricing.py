"""Prices: bulk tiers, coupons, tax, rounding."""

from __future__ import annotations

# (minimum quantity, discount), largest first.
BULK_TIERS = [(50, 0.15), (20, 0.10), (10, 0.05)]
DEFAULT_TAX_PERCENT = 20


def bulk_discount(quantity: int) -> float:
    for minimum, discount in BULK_TIERS:
        if quantity >= minimum:
            return discount
    return 0.0


def line_price(unit_price: float, quantity: int) -> float:
    return round_money(unit_price * quantity * (1 - bulk_discount(quantity)))


def with_tax(amount: float, percent: float = DEFAULT_TAX_PERCENT) -> float:
    return amount * (100 + percent) / 100


def round_money(amount: float, places: int = 2) -> float:
    return round(amount, places)


def parse_coupon(code: str) -> tuple[str, float]:
    """'SAVE15' -> ('percent', 15.0); 'LESS5' -> ('amount', 5.0)."""
    code = code.strip().upper()
    for prefix, kind in (("SAVE", "percent"), ("LESS", "amount")):
        if code.startswith(prefix) and code[len(prefix):].isdigit():
            return kind, float(code[len(prefix):])
    raise ValueError(f"unknown coupon: {code}")
