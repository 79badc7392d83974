"""Longest words, ties and empty lists included."""

from observing import attempt
from mod import longest_word


def observe():
    cases = [[], ["a"], ["a", "abc", "ab"], ["ab", "cd"], ["", "x"], ["long", "longer", "short"]]
    return [attempt(longest_word, c) for c in cases]
