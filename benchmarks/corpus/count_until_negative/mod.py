def count_until_negative(values):
    count = 0
    for v in values:
        count += 1
        if v < 0:
            break
    return count
