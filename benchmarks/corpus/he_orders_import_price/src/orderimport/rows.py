"""One row of a shop's order export, checked and converted."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation


class InvalidRow(Exception):
    pass


@dataclass(frozen=True)
class OrderLine:
    order: str
    sku: str
    quantity: int
    unit_price: Decimal
    discount: Decimal

    @property
    def total(self) -> Decimal:
        return (self.quantity * self.unit_price * (1 - self.discount)).quantize(Decimal("0.01"))


def parse_price(text: str) -> Decimal:
    """'12.50', '€12.50' or '12,50'; at most two decimals, never negative."""
    cleaned = text.strip().lstrip("€$").strip().replace(",", ".")
    try:
        price = Decimal(cleaned)
    except ValueError:
        raise InvalidRow(f"not a price: {text!r}") from None
    if not price.is_finite() or price < 0 or price.as_tuple().exponent < -2:
        raise InvalidRow(f"not a price: {text!r}")
    return price


def parse_quantity(text: str) -> int:
    try:
        quantity = int(text)
    except ValueError:
        raise InvalidRow(f"not a quantity: {text!r}") from None
    if quantity <= 0:
        raise InvalidRow(f"quantity must be positive: {text!r}")
    return quantity


def parse_discount(text: str) -> Decimal:
    """'15%' as 0.15; an empty cell is no discount."""
    text = text.strip()
    if not text:
        return Decimal(0)
    try:
        percent = Decimal(text.removesuffix("%"))
    except InvalidOperation:
        raise InvalidRow(f"not a discount: {text!r}") from None
    if not percent.is_finite() or not 0 <= percent <= 100:
        raise InvalidRow(f"discount out of range: {text!r}")
    return percent / 100


def parse_row(row: dict[str, str | None]) -> OrderLine:
    order, sku = (row.get("order") or "").strip(), (row.get("sku") or "").strip()
    if not order or not sku:
        raise InvalidRow("order and sku are required")
    return OrderLine(order, sku.upper(), parse_quantity(row.get("quantity") or ""),
                     parse_price(row.get("price") or ""), parse_discount(row.get("discount") or ""))
