"""Differences in both directions."""

from observing import attempt
from mod import elapsed


def observe():
    return [attempt(elapsed, a, b) for a in (0, 10, 25, -5) for b in (0, 10, 25, -5)]
