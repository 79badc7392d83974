def count_up(n):
    result = []
    i = 0
    while i <= n:
        result.append(i)
        i += 1
    return result
