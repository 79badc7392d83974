from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

CONDITIONS = ("mint", "hinged", "used", "damaged")


class CatalogueError(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


@dataclass(frozen=True)
class Stamp:
    country: str
    year: int
    denomination: str
    condition: str
    price: Decimal


def parse_price(text: str) -> Decimal:
    """'£1.20', '0.35' or '12' as pounds; ValueError for anything else."""
    cleaned = text.strip().lstrip("£")
    try:
        price = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not a price: {text!r}") from None
    if not price.is_finite() or price < 0:
        raise ValueError(f"not a price: {text!r}")
    return price.quantize(Decimal("0.01"))
