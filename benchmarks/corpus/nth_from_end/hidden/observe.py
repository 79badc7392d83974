"""Every position from the end, and past both ends."""

from observing import attempt
from mod import nth_from_end


def observe():
    items = [1, 2, 3, 4, 5]
    return [attempt(nth_from_end, items[:k], n) for k in range(6) for n in range(0, 7)]
