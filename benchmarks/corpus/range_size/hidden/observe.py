"""Sizes of inclusive ranges, including empty and one-element ones."""

from observing import attempt
from mod import range_size


def observe():
    return [attempt(range_size, low, high) for low in (-3, 0, 3, 7) for high in (-3, 0, 3, 7, 10)]
