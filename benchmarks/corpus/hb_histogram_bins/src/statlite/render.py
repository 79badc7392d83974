from __future__ import annotations

from statlite.histogram import bin_counts, bin_edges


def text_histogram(values: list[float], bins: int = 5, bar: str = "#") -> list[str]:
    counts = bin_counts(values, bins)
    if not values:
        return []
    edges = bin_edges(min(values), max(values), bins)
    return [f"{edges[i]:>8.2f} {bar * count}" for i, count in enumerate(counts)]
