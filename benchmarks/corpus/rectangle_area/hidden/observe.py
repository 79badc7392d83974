"""Areas of squares and rectangles."""

from observing import attempt
from mod import rectangle_area


def observe():
    return [attempt(rectangle_area, w, h) for w in (0, 1, 3, 5, 2.5) for h in (0, 1, 4, 5)]
