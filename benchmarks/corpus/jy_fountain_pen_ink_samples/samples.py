"""Filling the sample orders from the web shop.

Each vial takes VIAL_ML from the bottle. RESERVE_ML stays in every bottle for the
swatch cards, so an ink runs out for samples a little before the bottle is empty.
Orders are filled in the order they came in; whatever cannot be filled is noted as
short, for the restock list and the apology email.
"""

from __future__ import annotations

from inks import vial_price

VIAL_ML = 2.0
RESERVE_ML = 5.0


def decant(orders: list[tuple[int, str, int]], stock: dict[str, float]) -> tuple[list[tuple[int, str, int]], list[tuple[int, str, int]]]:
    """orders: (order number, ink, vials wanted). Returns (filled, short), both as
    (order number, ink, vials). stock is the shelf count and goes down as vials are filled."""
    filled = []
    short = []
    for number, ink, vials in orders:
        left = stock.get(ink, 0.0)
        can_fill = int(max(0.0, left - RESERVE_ML) // VIAL_ML)
        count = min(vials, can_fill)
        if count:
            filled.append((number, ink, count))
        if count < vials:
            short.append((number, ink, vials - count))
    return filled, short


def order_totals(filled: list[tuple[int, str, int]]) -> dict[int, float]:
    """What each order comes to, for the vials that were actually filled."""
    totals: dict[int, float] = {}
    for number, ink, count in filled:
        totals[number] = round(totals.get(number, 0.0) + count * vial_price(ink), 2)
    return totals


def restock_list(short: list[tuple[int, str, int]]) -> list[str]:
    """The inks to reorder, the one most vials short first, then by name."""
    missing: dict[str, int] = {}
    for _number, ink, count in short:
        missing[ink] = missing.get(ink, 0) + count
    return [f"{ink}: {count} vials short" for ink, count in sorted(missing.items(), key=lambda item: (-item[1], item[0]))]
