"""Flattening lists of lists, empty parts included."""

from observing import attempt
from mod import flatten


def observe():
    cases = [[], [[]], [[1, 2], [3], []], [[1], [2], [3]], [["a", "b"], ["c"]], [[[1]], [2]]]
    return [attempt(flatten, c) for c in cases]
