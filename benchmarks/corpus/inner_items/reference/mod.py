def inner_items(items):
    return items[1:-1]
