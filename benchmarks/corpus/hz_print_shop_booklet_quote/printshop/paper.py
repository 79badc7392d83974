"""Paper stock and how many sheets a job takes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Stock:
    name: str
    gsm: int
    sheet_price: Decimal  # per SRA3 sheet


STOCKS = {
    "uncoated90": Stock("Uncoated 90gsm", 90, Decimal("0.04")),
    "silk130": Stock("Silk 130gsm", 130, Decimal("0.07")),
    "silk170": Stock("Silk 170gsm", 170, Decimal("0.09")),
    "card300": Stock("Card 300gsm", 300, Decimal("0.21")),
}


def sheets_per_copy(pages: int, up: int) -> int:
    """SRA3 sheets for one copy, printed both sides with `up` pages on each side."""
    if pages < 1 or up < 1:
        raise ValueError("pages and pages per side must be at least 1")
    per_sheet = 2 * up
    return -(-pages // per_sheet)


def volume_discount(copies: int) -> Decimal:
    if copies >= 1000:
        return Decimal("0.80")
    if copies >= 250:
        return Decimal("0.90")
    return Decimal("1")
