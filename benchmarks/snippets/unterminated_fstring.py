def summary(count):
    return f"{count} items
