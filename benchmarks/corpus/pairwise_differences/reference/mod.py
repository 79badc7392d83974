def pairwise_differences(values):
    return [values[i + 1] - values[i] for i in range(len(values) - 1)]
