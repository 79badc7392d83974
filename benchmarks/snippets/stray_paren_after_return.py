def cube(x):
    result = x ** 3
    return result
    pass)
