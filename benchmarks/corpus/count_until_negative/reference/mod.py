def count_until_negative(values):
    count = 0
    for v in values:
        if v < 0:
            break
        count += 1
    return count
