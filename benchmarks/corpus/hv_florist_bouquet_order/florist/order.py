"""A bouquet order at the counter or over the phone."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from florist.stock import price_of

CENT = Decimal("0.01")
DOZEN = 12
BULK_DISCOUNT = Decimal("0.10")  # off the flowers of a bouquet of a dozen stems or more
WRAPPING = Decimal("3.50")
DELIVERY = Decimal("6.00")
FREE_DELIVERY_FROM = Decimal("40.00")  # what the flowers come to, after any discount


class Order:
    def __init__(self, customer: str, delivery: bool = False) -> None:
        self.customer = customer
        self.delivery = delivery
        self.lines: dict[str, int] = {}  # stem -> how many

    def add(self, stem: str, count: int = 1) -> None:
        if count <= 0:
            raise ValueError("count must be positive")
        price_of(stem)  # refuses stems we do not stock
        stem = stem.strip().lower()
        self.lines[stem] = self.lines.get(stem, 0) + count

    def remove(self, stem: str, count: int = 1) -> None:
        stem = stem.strip().lower()
        left = self.lines.get(stem, 0) - count
        if left > 0:
            self.lines[stem] = left
        else:
            self.lines.pop(stem, None)

    def stem_count(self) -> int:
        return sum(self.lines.values())

    def subtotal(self) -> Decimal:
        return sum((price_of(stem) * count for stem, count in self.lines.items()), Decimal("0"))

    def total(self) -> Decimal:
        """The flowers, less the bulk discount on a dozen stems or more, plus the
        wrapping, plus delivery when asked for unless the flowers come to
        FREE_DELIVERY_FROM or more."""
        if not self.lines:
            return Decimal("0.00")
        flowers = self.subtotal()
        if len(self.lines) >= DOZEN:
            flowers -= flowers * BULK_DISCOUNT
        charge = flowers + WRAPPING
        if self.delivery and self.subtotal() < FREE_DELIVERY_FROM:
            charge += DELIVERY
        return charge.quantize(CENT, rounding=ROUND_HALF_UP)

    def receipt(self) -> list[str]:
        lines = [f"{count} x {stem}" for stem, count in sorted(self.lines.items())]
        return lines + [f"total {self.total()}"]
