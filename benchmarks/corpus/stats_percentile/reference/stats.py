"""Descriptive statistics for the dashboard, without numpy.

All functions take a sequence of numbers and raise ValueError for empty input
where a value would be meaningless.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Sequence


def _require(values: Sequence[float], what: str) -> None:
    if not values:
        raise ValueError(f"{what} of an empty sequence")


def mean(values: Sequence[float]) -> float:
    _require(values, "mean")
    return sum(values) / len(values)


def weighted_mean(values: Sequence[float], weights: Sequence[float]) -> float:
    if len(values) != len(weights):
        raise ValueError("values and weights differ in length")
    total = sum(weights)
    if total == 0:
        raise ValueError("weights sum to zero")
    return sum(v * w for v, w in zip(values, weights)) / total


def geometric_mean(values: Sequence[float]) -> float:
    _require(values, "geometric mean")
    if any(v <= 0 for v in values):
        raise ValueError("geometric mean needs positive values")
    return math.exp(sum(math.log(v) for v in values) / len(values))


def median(values: Sequence[float]) -> float:
    _require(values, "median")
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def mode(values: Sequence[float]) -> float:
    """The most common value; the smallest of those tied."""
    _require(values, "mode")
    counts = Counter(values)
    best = max(counts.values())
    return min(v for v, c in counts.items() if c == best)


def variance(values: Sequence[float], sample: bool = True) -> float:
    _require(values, "variance")
    n = len(values)
    if sample and n < 2:
        raise ValueError("sample variance needs at least two values")
    centre = mean(values)
    squares = sum((v - centre) ** 2 for v in values)
    return squares / (n - 1 if sample else n)


def stdev(values: Sequence[float], sample: bool = True) -> float:
    return math.sqrt(variance(values, sample))


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0..100), interpolating linearly between ranks."""
    _require(values, "percentile")
    if not 0 <= p <= 100:
        raise ValueError(f"percentile out of range: {p}")
    ordered = sorted(values)
    rank = p / 100 * (len(ordered) - 1)
    lower = int(rank)
    upper = min(lower + 1, len(ordered) - 1)
    fraction = rank - lower
    return ordered[lower] + (ordered[upper] - ordered[lower]) * fraction


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    return percentile(values, 25), percentile(values, 50), percentile(values, 75)


def iqr_outliers(values: Sequence[float], factor: float = 1.5) -> list[float]:
    """Values beyond `factor` interquartile ranges from the quartiles, in input order."""
    q1, _, q3 = quartiles(values)
    spread = q3 - q1
    low, high = q1 - factor * spread, q3 + factor * spread
    return [v for v in values if v < low or v > high]


def zscores(values: Sequence[float]) -> list[float]:
    """How many standard deviations each value lies from the mean (0.0 for constant data)."""
    spread = stdev(values)
    if spread == 0:
        return [0.0 for _ in values]
    centre = mean(values)
    return [(v - centre) / spread for v in values]


def covariance(xs: Sequence[float], ys: Sequence[float]) -> float:
    if len(xs) != len(ys):
        raise ValueError("sequences differ in length")
    if len(xs) < 2:
        raise ValueError("covariance needs at least two pairs")
    mx, my = mean(xs), mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / (len(xs) - 1)


def correlation(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson's r."""
    return covariance(xs, ys) / (stdev(xs) * stdev(ys))


def moving_average(values: Sequence[float], window: int) -> list[float]:
    if window < 1:
        raise ValueError("window must be positive")
    return [mean(values[i : i + window]) for i in range(len(values) - window + 1)]


def cumulative_sum(values: Sequence[float]) -> list[float]:
    running, total = [], 0
    for v in values:
        total += v
        running.append(total)
    return running


def min_max_scale(values: Sequence[float]) -> list[float]:
    """Scale to 0..1; constant data scales to all zeros."""
    _require(values, "scaling")
    low, high = min(values), max(values)
    if low == high:
        return [0.0] * len(values)
    return [(v - low) / (high - low) for v in values]


def histogram(values: Sequence[float], bins: int) -> list[int]:
    """Counts in `bins` equal-width bins from min to max; the max falls in the last bin."""
    _require(values, "histogram")
    low, high = min(values), max(values)
    counts = [0] * bins
    width = (high - low) / bins or 1
    for v in values:
        index = min(int((v - low) / width), bins - 1)
        counts[index] += 1
    return counts


def describe(values: Sequence[float]) -> dict[str, float]:
    """The summary shown on the dashboard card."""
    return {
        "count": len(values),
        "mean": mean(values),
        "median": median(values),
        "stdev": stdev(values) if len(values) > 1 else 0.0,
        "min": min(values),
        "max": max(values),
    }
