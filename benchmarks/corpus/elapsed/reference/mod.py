def elapsed(start, end):
    return end - start
