"""Shapes for the floor planner. Lengths are in metres."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass
class Rectangle:
    width: float
    height: float

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)

    def scale(self, factor: float) -> Rectangle:
        return Rectangle(self.width * factor, self.height * factor)


@dataclass
class Circle:
    radius: float

    def area(self) -> float:
        return math.pi * self.radius ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.radius

    def scale(self, factor: float) -> Circle:
        return Circle(self.radius * factor)


@dataclass
class Triangle:
    a: float
    b: float
    c: float

    def __post_init__(self) -> None:
        x, y, z = sorted((self.a, self.b, self.c))
        if x + y <= z:
            raise ValueError("the sides do not make a triangle")

    def area(self) -> float:
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def perimeter(self) -> float:
        return self.a + self.b + self.c

    def scale(self, factor: float) -> Triangle:
        return Triangle(self.a * factor, self.b * factor, self.c * factor)
