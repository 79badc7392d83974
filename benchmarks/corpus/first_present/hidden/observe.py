"""The first value that is not None, or the default."""

from observing import attempt
from mod import first_present


def observe():
    cases = [([], 0), ([None], "x"), ([None, 3, 4], 0), ([0, None], 9), ([False], 1), ([None, None, ""], "d"), ([5], None)]
    return [attempt(first_present, items, default) for items, default in cases]
