def total_length(strings):
    total = 0
    for s in strings:
        total += len(s)
    return total
