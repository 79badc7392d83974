"""Sharing the lifted trees out between the season's orders.

Orders are filled in the order they came in. A line short of its size is made up
from bigger trees of the same species at the price of the size ordered, never from
smaller ones: hedging customers would rather wait than plant whips.
"""

from __future__ import annotations

from dataclasses import dataclass

from stock import Stock, bigger_sizes


@dataclass(frozen=True)
class Line:
    order: int
    species: str
    size: str
    quantity: int


def allocate(lines: list[Line], stock: Stock) -> tuple[list[tuple[int, str, str, int]], list[tuple[int, str, str, int]]]:
    """Returns (picks, shortfalls): picks as (order, species, size lifted, count) and
    shortfalls as (order, species, size ordered, count still owed)."""
    left = dict(stock)

    def take(species: str, size: str, wanted: int) -> int:
        got = min(wanted, left.get((species, size), 0))
        if got:
            left[(species, size)] -= got
        return got

    picks = []
    shortfalls = []
    for line in sorted(lines, key=lambda line: line.order):
        species = line.species.lower()
        owed = line.quantity
        for size in (line.size, *bigger_sizes(line.size)):
            if owed == 0:
                break
            got = take(species, size, owed)
            if got:
                picks.append((line.order, species, size, got))
                owed -= got
        if owed:
            shortfalls.append((line.order, species, line.size, owed))
    return picks, shortfalls
