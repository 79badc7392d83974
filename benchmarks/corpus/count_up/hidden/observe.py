"""Counting up to small, zero and negative numbers."""

from observing import attempt
from mod import count_up


def observe():
    return [attempt(count_up, n) for n in (-2, -1, 0, 1, 2, 3, 10)]
