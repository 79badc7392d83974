"""The ink shelf: bottles of fountain pen ink that samples are decanted from.

The shelf count is kept as text, one open bottle a line, so it can be done with a
notebook and a measuring syringe at the end of the day.
"""

from __future__ import annotations

STANDARD_PRICE = 1.60  # a 2 ml vial
SHIMMER_PRICE = 2.40  # shimmer inks take longer to shake and fill
SHIMMER_WORDS = ("shimmer", "glitter", "sparkle")


def read_stock(text: str) -> dict[str, float]:
    """The shelf count: "ink name, ml left" a line. An ink on two lines (two bottles
    open) adds up; blank lines and '#' notes are skipped."""
    stock: dict[str, float] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, ml = line.rpartition(",")
        if not sep or not name.strip():
            raise ValueError(f"line {number}: expected 'ink, ml', got {line!r}")
        stock[name.strip()] = stock.get(name.strip(), 0.0) + float(ml)
    return stock


def is_shimmer(ink: str) -> bool:
    return any(word in ink.lower() for word in SHIMMER_WORDS)


def vial_price(ink: str) -> float:
    return SHIMMER_PRICE if is_shimmer(ink) else STANDARD_PRICE
