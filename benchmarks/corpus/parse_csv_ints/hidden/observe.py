"""Comma-separated integers, with spaces, single values and bad input."""

from observing import attempt
from mod import parse_ints


def observe():
    cases = ["1,2,3", "7", "", "1, 2", " 4 ,5", "1,,2", "a,b", "-1,0,1", "1 2 3"]
    return [attempt(parse_ints, c) for c in cases]
