def show(point):
    return f"({point.x}, {point.y)"
