"""Lists and strings without their first and last item."""

from observing import attempt
from mod import inner_items


def observe():
    cases = [[], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4], list(range(10)), "abcde", (1, 2, 3)]
    return [attempt(inner_items, c) for c in cases]
