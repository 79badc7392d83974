"""Values below, at, inside and above closed ranges."""

from observing import attempt
from mod import in_range


def observe():
    return [attempt(in_range, x, low, high) for x in range(-2, 13) for low, high in ((1, 10), (0, 0), (5, 3))]
