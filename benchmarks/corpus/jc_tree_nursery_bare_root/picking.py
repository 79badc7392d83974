"""The picking sheets the yard team take out to the heeling-in beds."""

from __future__ import annotations

from collections import defaultdict


def picking_sheet(picks: list[tuple[int, str, str, int]]) -> list[str]:
    """One line per species and size, with the total to pull, in bed order (species, size)."""
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for _order, species, size, count in picks:
        totals[(species, size)] += count
    return [f"{species} {size}: {count}" for (species, size), count in sorted(totals.items())]


def order_bundles(picks: list[tuple[int, str, str, int]]) -> dict[int, int]:
    """How many trees go in each order's bundle."""
    bundles: dict[int, int] = defaultdict(int)
    for order, _species, _size, count in picks:
        bundles[order] += count
    return dict(bundles)
