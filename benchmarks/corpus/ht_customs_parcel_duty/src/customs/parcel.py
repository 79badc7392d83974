"""A parcel as declared on its customs form."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Line:
    description: str
    category: str
    unit_value: Decimal
    quantity: int = 1


@dataclass
class Parcel:
    reference: str
    shipping: Decimal = Decimal("0")
    lines: list[Line] = field(default_factory=list)


def parse_declaration(text: str) -> Parcel:
    """First line: reference and shipping cost; then description | category | unit value | qty."""
    head, *rows = [row for row in text.strip().splitlines() if row.strip()]
    reference, shipping = head.split()
    parcel = Parcel(reference, Decimal(shipping))
    for row in rows:
        description, category, value, quantity = (part.strip() for part in row.split("|"))
        if int(quantity) <= 0 or Decimal(value) < 0:
            raise ValueError(f"bad line: {row!r}")
        parcel.lines.append(Line(description, category, Decimal(value), int(quantity)))
    return parcel
