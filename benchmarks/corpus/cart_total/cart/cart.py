"""The shopping cart."""

from __future__ import annotations

from .pricing import DEFAULT_TAX_PERCENT, line_price, parse_coupon, round_money, with_tax


class Cart:
    def __init__(self, catalog: dict[str, float], tax_percent: float = DEFAULT_TAX_PERCENT) -> None:
        self.catalog = catalog
        self.tax_percent = tax_percent
        self.items: dict[str, int] = {}
        self.coupon: tuple[str, float] | None = None

    def quantity(self, sku: str) -> int:
        return self.items.get(sku, 0)

    def add(self, sku: str, quantity: int = 1) -> None:
        if sku not in self.catalog:
            raise KeyError(f"not for sale: {sku}")
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        self.items[sku] = self.quantity(sku) + quantity

    def remove(self, sku: str, quantity: int | None = None) -> None:
        """Take some (or, by default, all) of an item out of the cart."""
        left = 0 if quantity is None else self.quantity(sku) - quantity
        if left > 0:
            self.items[sku] = left
        else:
            self.items.pop(sku, None)

    def lines(self) -> list[tuple[str, int, float]]:
        return [(sku, n, line_price(self.catalog[sku], n)) for sku, n in sorted(self.items.items())]

    def subtotal(self) -> float:
        return round_money(sum(price for _, _, price in self.lines()))

    def apply_coupon(self, code: str) -> None:
        self.coupon = parse_coupon(code)

    def discount(self) -> float:
        if self.coupon is None:
            return 0.0
        kind, value = self.coupon
        subtotal = self.subtotal()
        off = subtotal * value / 100 if kind == "percent" else value
        return round_money(min(off, subtotal))

    def total(self) -> float:
        """What the customer pays: subtotal, less the coupon, plus tax."""
        return round_money(with_tax(self.subtotal() - self.discount()), self.tax_percent)
