def dot(xs, ys):
    return sum(x * x for x, y in zip(xs, ys))
