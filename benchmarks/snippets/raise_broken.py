def require_positive(x):
    if x <= 0:
        raise ValueError("x must be positive"
    return x
