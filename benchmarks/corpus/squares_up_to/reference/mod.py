def squares_up_to(n):
    return [i * i for i in range(n + 1)]
