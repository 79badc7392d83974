def middle(items):
    return items[len(items) // 2)
