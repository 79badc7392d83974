"""Invoices: lines, a volume discount, and VAT on the discounted amount."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from billing.pricing import discount_rate, to_cents


@dataclass(frozen=True)
class Line:
    description: str
    quantity: int
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        return to_cents(self.unit_price * self.quantity)


@dataclass
class Invoice:
    customer: str
    vat_rate: Decimal = Decimal("0.20")
    lines: list[Line] = field(default_factory=list)

    def add(self, description: str, quantity: int, unit_price: str | Decimal) -> Line:
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        line = Line(description, quantity, Decimal(unit_price))
        self.lines.append(line)
        return line

    @property
    def subtotal(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))

    @property
    def discount(self) -> Decimal:
        return to_cents(self.subtotal * discount_rate(self.subtotal))

    @property
    def net(self) -> Decimal:
        return self.subtotal - self.discount

    @property
    def vat(self) -> Decimal:
        return to_cents(self.net * self.vat_rate)

    @property
    def total(self) -> Decimal:
        return self.net + self.vat

    def summary(self) -> dict[str, str]:
        return {
            "subtotal": f"{self.subtotal:.2f}",
            "discount": f"{self.discount:.2f}",
            "vat": f"{self.vat:.2f}",
            "total": f"{self.total:.2f}",
        }
