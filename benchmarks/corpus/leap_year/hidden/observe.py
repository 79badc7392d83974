"""Every year from 1890 to 2110, and a few far ones."""

from observing import attempt
from mod import is_leap


def observe():
    return [attempt(is_leap, y) for y in list(range(1890, 2111)) + [1600, 1700, 2400, 0, 4]]
