"""Ratios with zero and non-zero numerators and denominators."""

from observing import attempt
from mod import safe_ratio


def observe():
    return [attempt(safe_ratio, a, b) for a in (0, 3, -2, 1.5) for b in (0, 4, -1, 0.5)]
