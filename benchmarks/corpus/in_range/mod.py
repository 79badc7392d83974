def in_range(x, low, high):
    return x >= low or x <= high
