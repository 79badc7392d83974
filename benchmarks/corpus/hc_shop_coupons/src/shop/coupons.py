"""Discount codes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .money import to_cents


@dataclass(frozen=True)
class Coupon:
    code: str
    percent: Decimal = Decimal(0)  # off what is still to pay
    fixed: Decimal = Decimal(0)  # off, after the percentage
    min_subtotal: Decimal = Decimal(0)  # what must still be to pay for the code to apply

    def discount_on(self, amount: Decimal) -> Decimal:
        off = to_cents(amount * self.percent / 100) + self.fixed
        return min(off, amount)


CATALOG = {
    coupon.code: coupon
    for coupon in (
        Coupon("WELCOME10", percent=Decimal(10)),
        Coupon("FIVEOFF", fixed=Decimal(5), min_subtotal=Decimal(25)),
        Coupon("BIGSPENDER", percent=Decimal(15), min_subtotal=Decimal(200)),
        Coupon("STAFF", percent=Decimal(30), fixed=Decimal(2)),
    )
}
