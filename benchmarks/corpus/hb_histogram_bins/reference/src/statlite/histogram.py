"""Equal-width histograms."""

from __future__ import annotations

from typing import Iterable


def bin_edges(lo: float, hi: float, bins: int) -> list[float]:
    width = (hi - lo) / bins
    return [lo + i * width for i in range(bins)] + [hi]


def bin_counts(values: Iterable[float], bins: int, lo: float | None = None, hi: float | None = None) -> list[int]:
    """How many values fall in each of `bins` equal bins from lo to hi (by default
    the smallest and largest value). Bins are closed on the left; the last one is
    closed on both sides so that `hi` itself is counted. Values outside are ignored."""
    if bins < 1:
        raise ValueError("need at least one bin")
    values = list(values)
    counts = [0] * bins
    if not values:
        return counts
    lo = min(values) if lo is None else lo
    hi = max(values) if hi is None else hi
    if hi < lo:
        raise ValueError("hi is below lo")
    width = (hi - lo) / bins
    for value in values:
        if value < lo or value > hi:
            continue
        index = int((value - lo) / width) if width else 0
        counts[min(index, bins - 1)] += 1
    return counts
