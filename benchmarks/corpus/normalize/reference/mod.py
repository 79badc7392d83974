def normalize(values):
    total = sum(values)
    scaled = [v / total for v in values]
    return scaled
