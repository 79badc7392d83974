def is_between(x, low, high):
    return low <= x <= high
