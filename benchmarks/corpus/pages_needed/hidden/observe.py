"""Pages for item counts around multiples of the page size."""

from observing import attempt
from mod import pages_needed


def observe():
    return [attempt(pages_needed, items, per) for items in (0, 1, 9, 10, 11, 20, 21, 99) for per in (1, 3, 10, 0)]
