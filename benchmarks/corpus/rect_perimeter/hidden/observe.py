"""Perimeters of squares and of rectangles either way round."""

from observing import attempt
from mod import Rect


def observe():
    return [attempt(Rect(w, h).perimeter) for w in (0, 1, 2, 3.5) for h in (0, 1, 3, 10)]
