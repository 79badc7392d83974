"""First words of ordinary, empty and one-word texts."""

from observing import attempt
from mod import first_word


def observe():
    cases = ["hello big world", "", "one", "  padded  words ", "tab\tsep"]
    return [attempt(first_word, c) for c in cases]
