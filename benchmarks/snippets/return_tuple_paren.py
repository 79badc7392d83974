def min_max(values):
    return (min(values), max(values)
