"""Keeping only valid identifiers."""

from observing import attempt
from mod import valid_names


def observe():
    cases = [[], ["a", "2b", "c_d", "e f"], ["_"], ["", "x1"], ["class", "ünï"]]
    return [attempt(valid_names, c) for c in cases]
