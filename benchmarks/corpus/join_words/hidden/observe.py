"""Joining none, one and several words."""

from observing import attempt
from mod import join_words


def observe():
    cases = [[], ["red"], ["red", "green"], ["a", "", "b"], ["x", "y", "z"]]
    return [attempt(join_words, c) for c in cases]
