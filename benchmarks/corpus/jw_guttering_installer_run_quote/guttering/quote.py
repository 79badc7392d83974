"""Quotes for replacing guttering: the parts list from the surveyor's measured runs,
then parts plus labour."""

from __future__ import annotations

import math

from guttering.stock import BRACKET_SPACING_MM, DOWNPIPE_LENGTH_MM, STOCK_LENGTH_MM, PriceList


def run_parts(run_mm: int, outlets: int, open_ends: int = 0) -> dict[str, int]:
    """Parts for one straight run along a fascia.

    The run is made up of whole stock lengths (the offcut is waste), joined by a union
    at each joint. Brackets go at the maker's spacing or closer, with one at each end.
    Each end gets a stop end unless it turns a corner into the next run (open_ends)."""
    if run_mm <= 0 or not 0 <= open_ends <= 2:
        raise ValueError("a run needs a length and at most two open ends")
    lengths = round(run_mm / STOCK_LENGTH_MM)
    return {
        "length": lengths,
        "union": lengths - 1,
        "bracket": math.ceil(run_mm / BRACKET_SPACING_MM),
        "stop_end": 2 - open_ends,
        "outlet": outlets,
    }


def quote(runs: list[tuple[int, int, int]], downpipe_drops_mm: list[int], prices: PriceList) -> dict[str, object]:
    """The whole job: runs as (length mm, outlets, open ends), and the drop of each
    downpipe from outlet to gully."""
    parts: dict[str, int] = {}
    for run_mm, outlets, open_ends in runs:
        for part, count in run_parts(run_mm, outlets, open_ends).items():
            parts[part] = parts.get(part, 0) + count
    parts["downpipe"] = sum(math.ceil(drop / DOWNPIPE_LENGTH_MM) for drop in downpipe_drops_mm)
    metres = sum(run_mm for run_mm, _, _ in runs) / 1000
    labour = max(prices.minimum_labour, metres * prices.labour_per_metre)
    total = round(prices.parts_cost(parts) + labour, 2)
    return {"parts": parts, "labour": round(labour, 2), "total": total}
