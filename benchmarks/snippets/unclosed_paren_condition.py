def in_range(x, low, high):
    if (low <= x and x <= high:
        return True
    return False
