"""Dating timbers for the village history group's barn survey.

A core from a beam gives its ring widths, innermost first. We slide it along the
master chronology for the region (ring widths by calendar year) and take the place
where the two agree best. If the core still has its bark edge, its last ring is the
winter the tree was felled; if not, some sapwood was trimmed off when the beam was
squared, so felling was at least SAPWOOD_MIN years after the last surviving ring.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MIN_RINGS = 30
THRESHOLD = 0.55
SAPWOOD_MIN = 9


@dataclass(frozen=True)
class Chronology:
    first_year: int
    widths: list[float]


def correlation(xs: list[float], ys: list[float]) -> float:
    """Pearson's r; 0.0 when either series is flat."""
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return 0.0
    return sxy / math.sqrt(sxx * syy)


def best_match(sample: list[float], master: Chronology) -> tuple[int, float]:
    """(offset into the master, r) where the whole sample agrees best; earliest on a tie."""
    if len(sample) > len(master.widths):
        raise ValueError("sample is longer than the master chronology")
    best = (0, -2.0)
    for offset in range(len(master.widths) - len(sample) + 1):
        r = correlation(sample, master.widths[offset : offset + len(sample)])
        if r > best[1]:
            best = (offset, r)
    return best


def date_sample(sample: list[float], master: Chronology, bark_edge: bool = False) -> dict | None:
    """The sample's first and last ring years and its felling date, or None if it
    does not date (too short to trust, or no convincing match)."""
    if len(sample) < MIN_RINGS:
        return None
    offset, r = best_match(sample, master)
    if r < THRESHOLD:
        return None
    first = master.first_year + offset
    last = first + len(sample) - 1
    felled = f"winter {last}/{last + 1}" if bark_edge else f"after {last + SAPWOOD_MIN}"
    return {"first_ring": first, "last_ring": last, "r": round(r, 2), "felled": felled}
