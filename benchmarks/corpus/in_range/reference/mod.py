def in_range(x, low, high):
    return x >= low and x <= high
