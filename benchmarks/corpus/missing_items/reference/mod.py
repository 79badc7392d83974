def missing_items(wanted, stock):
    return [item for item in wanted if item not in stock]
