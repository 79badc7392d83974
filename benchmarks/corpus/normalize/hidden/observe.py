"""Scaling lists so they sum to one."""

from observing import attempt
from mod import normalize


def observe():
    cases = [[1, 3], [2], [1, 1, 2], [0.5, 1.5], [0, 0], [], [-1, 3]]
    return [attempt(normalize, c) for c in cases]
