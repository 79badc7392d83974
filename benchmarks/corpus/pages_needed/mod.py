import math


def pages_needed(items, per_page):
    return math.floor(items / per_page)
