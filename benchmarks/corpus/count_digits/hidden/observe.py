"""Digit counts of zero, single digits and powers of ten around them."""

from observing import attempt
from mod import count_digits


def observe():
    cases = [0, 5, 9, 10, 11, 99, 100, 123, 999999, 10 ** 12, 10 ** 12 - 1]
    return [attempt(count_digits, n) for n in cases]
