"""Totals of price lists, empty ones included."""

from observing import attempt
from mod import total_price


def observe():
    cases = [{}, {"tea": 3, "milk": 2}, {"x": 1.5}, {"a": -1, "b": 1}]
    return [attempt(total_price, c) for c in cases]
