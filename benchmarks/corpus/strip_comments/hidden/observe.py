"""Dropping comment lines from short programs."""

from observing import attempt
from mod import strip_comments


def observe():
    cases = [[], ["# title", "x = 1", "# note", "y = 2"], ["x = 1"], ["#"], ["  # indented", "a"]]
    return [attempt(strip_comments, c) for c in cases]
