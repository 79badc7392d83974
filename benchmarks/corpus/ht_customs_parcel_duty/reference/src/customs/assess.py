"""What the recipient pays before the parcel is handed over."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .parcel import Parcel
from .tariff import duty_rate

DE_MINIMIS = Decimal("150")  # no duty on goods worth this much or less
VAT_RATE = Decimal("0.20")
HANDLING_FEE = Decimal("8.00")  # charged whenever anything is due


@dataclass(frozen=True)
class Assessment:
    goods: Decimal
    duty: Decimal
    vat: Decimal
    handling: Decimal
    total: Decimal


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def assess(parcel: Parcel) -> Assessment:
    """Duty on each line by its category once the goods are over DE_MINIMIS, then
    VAT on goods, duty and shipping together."""
    goods = sum((line.unit_value * line.quantity for line in parcel.lines), Decimal("0"))
    duty = Decimal("0")
    if goods > DE_MINIMIS:
        for line in parcel.lines:
            duty += line.unit_value * line.quantity * duty_rate(line.category)
    duty = cents(duty)
    vat = cents((goods + duty + parcel.shipping) * VAT_RATE)
    handling = HANDLING_FEE if duty + vat > 0 else Decimal("0")
    return Assessment(goods, duty, vat, handling, duty + vat + handling)
