def mean_or_zero(values):
    return sum(values) / len(values)
