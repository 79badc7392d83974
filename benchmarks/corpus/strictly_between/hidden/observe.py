"""Values below, at and above inclusive bounds."""

from observing import attempt
from mod import is_between


def observe():
    return [attempt(is_between, x, low, high) for x in range(-1, 8) for low, high in ((1, 5), (2, 2), (4, 3))]
