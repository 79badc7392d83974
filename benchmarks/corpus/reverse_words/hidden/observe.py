"""Word order reversed for several sentences."""

from observing import attempt
from mod import reverse_words


def observe():
    cases = ["one two three", "", "single", "  spaced   out  ", "a b"]
    return [attempt(reverse_words, c) for c in cases]
