"""Total length of lists of strings."""

from observing import attempt
from mod import total_length


def observe():
    cases = [[], ["ab", "cde"], [""], ["x"] * 5, ["hello", "world", "!"]]
    return [attempt(total_length, c) for c in cases]
