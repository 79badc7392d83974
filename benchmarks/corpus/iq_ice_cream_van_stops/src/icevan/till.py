"""Reading the van's till roll export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Sale:
    at: datetime
    item: str
    pence: int


def parse_till(text: str) -> list[Sale]:
    """Lines like '2024-07-13 14:02, 99 Flake, 250'; voided lines end in 'VOID'."""
    sales = []
    for line in text.strip().splitlines():
        parts = [part.strip() for part in line.split(",")]
        if len(parts) < 3 or parts[-1] == "VOID":
            continue
        at = datetime.strptime(parts[0], "%Y-%m-%d %H:%M")
        sales.append(Sale(at, parts[1], int(parts[2])))
    return sorted(sales, key=lambda sale: sale.at)
