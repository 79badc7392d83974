"""Shouting texts in every case."""

from observing import attempt
from mod import shout


def observe():
    return [attempt(shout, t) for t in ("Hey", "", "quiet", "LOUD", "a1b")]
