def head(items, n):
    return items[:n
