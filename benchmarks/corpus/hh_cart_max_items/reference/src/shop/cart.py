"""The shopping cart: quantities per sku, checked against the catalog."""

from __future__ import annotations

from decimal import Decimal

MAX_ITEMS = 20  # per order, over all lines


class CartError(ValueError):
    pass


class Cart:
    def __init__(self, catalog: dict[str, dict]) -> None:
        self.catalog = catalog
        self.lines: dict[str, int] = {}

    def item_count(self) -> int:
        return sum(self.lines.values())

    def can_add(self, sku: str, qty: int = 1) -> bool:
        """Whether qty more of sku fit: a known product, enough of it in stock,
        and no more than MAX_ITEMS in the order."""
        if sku not in self.catalog or qty <= 0:
            return False
        wanted = self.lines.get(sku, 0) + qty
        return wanted <= self.catalog[sku]["stock"] and self.item_count() + qty <= MAX_ITEMS

    def add(self, sku: str, qty: int = 1) -> None:
        if not self.can_add(sku, qty):
            raise CartError(f"cannot add {qty} x {sku}")
        self.lines[sku] = self.lines.get(sku, 0) + qty

    def remove(self, sku: str, qty: int = 1) -> None:
        left = self.lines.get(sku, 0) - qty
        if left > 0:
            self.lines[sku] = left
        else:
            self.lines.pop(sku, None)

    def total(self) -> Decimal:
        return sum((self.catalog[sku]["price"] * qty for sku, qty in self.lines.items()), Decimal("0"))
