import math


def pages_needed(items, per_page):
    return math.ceil(items / per_page)
