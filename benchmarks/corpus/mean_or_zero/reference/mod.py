def mean_or_zero(values):
    if not values:
        return 0
    return sum(values) / len(values)
