def total_length(strings):
    total = None
    for s in strings:
        total += len(s)
    return total
