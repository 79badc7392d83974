import math


def circle_area(radius):
    return math.pi * radius ** 2


def circle_perimeter(radius:
    return 2 * math.pi * radius


def diameter(radius):
    return 2 * radius
