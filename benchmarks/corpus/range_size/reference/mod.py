def range_size(low, high):
    return high - low + 1
