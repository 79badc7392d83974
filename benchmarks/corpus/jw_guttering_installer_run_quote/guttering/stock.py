"""The merchant's half-round PVC range the firm fits, and what it charges."""

from __future__ import annotations

from dataclasses import dataclass

STOCK_LENGTH_MM = 4000  # gutter comes in 4 m lengths
BRACKET_SPACING_MM = 800  # the maker's maximum between fascia brackets
DOWNPIPE_LENGTH_MM = 2500


@dataclass(frozen=True)
class PriceList:
    length: float = 17.40
    union: float = 4.60
    bracket: float = 1.95
    stop_end: float = 3.10
    outlet: float = 6.80
    downpipe: float = 13.25
    labour_per_metre: float = 9.00
    minimum_labour: float = 85.00

    def parts_cost(self, parts: dict[str, int]) -> float:
        return sum(getattr(self, part) * count for part, count in parts.items())
