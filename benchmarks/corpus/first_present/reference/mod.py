def first_present(items, default):
    for item in items:
        if item is not None:
            return item
    return default
