"""Comma-separated integers, with spaces, single values and words."""

from observing import attempt
from mod import parse_ints


def observe():
    cases = ["1,2,3", "7", "1, 2", " 4 ,5", "a,b", "-1,0,1", "10,-20,30,40"]
    return [attempt(parse_ints, c) for c in cases]
