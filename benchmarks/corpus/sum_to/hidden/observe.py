"""Sums 1..n for small, zero and negative n."""

from observing import attempt
from mod import sum_to


def observe():
    return [attempt(sum_to, n) for n in (-3, 0, 1, 4, 10, 100)]
