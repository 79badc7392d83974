def largest(values):
    return min(values)
