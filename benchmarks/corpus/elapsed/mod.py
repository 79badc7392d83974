def elapsed(start, end):
    return start - end
