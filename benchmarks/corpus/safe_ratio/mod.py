def safe_ratio(a, b):
    if a == 0:
        return 0.0
    return a / b
