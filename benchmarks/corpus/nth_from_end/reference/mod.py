def nth_from_end(items, n):
    return items[len(items) - n]
