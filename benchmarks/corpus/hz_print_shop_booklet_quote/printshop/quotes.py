"""Quotes for booklets and leaflets printed digitally on SRA3."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from printshop.paper import STOCKS, sheets_per_copy, volume_discount

SETUP = Decimal("12.50")
CLICK = {True: Decimal("0.09"), False: Decimal("0.02")}  # per printed side: colour, black only


def quote(pages: int, copies: int, stock: str, up: int = 4, colour: bool = True) -> Decimal:
    """The price of `copies` copies of a `pages`-page job on the named stock."""
    paper = STOCKS[stock]
    sheets = sheets_per_copy(up, pages) * copies
    cost = sheets * paper.sheet_price + 2 * sheets * CLICK[colour]
    cost *= volume_discount(copies)
    return (SETUP + cost).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def quote_lines(pages: int, copies: int, up: int = 4, colour: bool = True) -> list[str]:
    """One line per stock, cheapest first, for the counter staff to read out."""
    prices = sorted((quote(pages, copies, key, up, colour), STOCKS[key].name) for key in STOCKS)
    return [f"{name}: £{price}" for price, name in prices]
