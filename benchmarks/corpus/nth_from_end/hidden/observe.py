"""Every position from the end of lists of every length."""

from observing import attempt
from mod import nth_from_end


def observe():
    items = [1, 2, 3, 4, 5]
    return [attempt(nth_from_end, items[:k], n) for k in range(6) for n in range(1, k + 1)]
