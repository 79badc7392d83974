def range_size(low, high):
    return low - high - 1
