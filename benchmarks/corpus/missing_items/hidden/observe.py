"""Items wanted but not in stock."""

from observing import attempt
from mod import missing_items


def observe():
    stocks = [set(), {"milk"}, {"milk", "eggs"}, {"tea", "milk", "bread"}]
    wanted = [[], ["milk"], ["tea", "milk", "bread"], ["eggs", "eggs"]]
    return [attempt(missing_items, w, s) for w in wanted for s in stocks]
