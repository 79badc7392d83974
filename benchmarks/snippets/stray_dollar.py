def price_label(amount):
    return $"{amount:.2f}"
