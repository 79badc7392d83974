"""Squares up to small, zero and negative numbers."""

from observing import attempt
from mod import squares_up_to


def observe():
    return [attempt(squares_up_to, n) for n in (-1, 0, 1, 3, 6)]
