def inner_items(items):
    return items[2:-1]
