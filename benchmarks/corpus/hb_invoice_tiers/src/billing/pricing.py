"""Volume discounts and rounding rules for invoices."""

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

# (minimum subtotal, discount rate), largest first.
VOLUME_TIERS = [
    (Decimal("5000"), Decimal("0.12")),
    (Decimal("1000"), Decimal("0.08")),
    (Decimal("500"), Decimal("0.05")),
    (Decimal("100"), Decimal("0.02")),
]


def to_cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def discount_rate(subtotal: Decimal, tiers=VOLUME_TIERS) -> Decimal:
    """The volume discount for an order of `subtotal`: a tier applies from its
    minimum subtotal upwards (an order of exactly 500.00 gets the 5% tier)."""
    if subtotal <= 0:
        return Decimal("0")
    for minimum, rate in tiers:
        if subtotal > minimum:
            return rate
    return Decimal("0")
