"""A floor plan made of shapes: total area, skirting length, paint estimates."""

from __future__ import annotations

import math

from .shapes import Circle, Rectangle, Triangle

Shape = Rectangle | Circle | Triangle


def total_area(shapes: list[Shape]) -> float:
    return sum(shape.area() for shape in shapes)


def skirting(shapes: list[Shape]) -> float:
    return sum(shape.perimeter() for shape in shapes)


def scaled(shapes: list[Shape], factor: float) -> list[Shape]:
    """The plan drawn at another scale (1:50 drawings to metres, say)."""
    return [shape.scale(factor) for shape in shapes]


def paint_tins(shapes: list[Shape], coats: int = 2, per_tin: float = 12.0) -> int:
    return math.ceil(total_area(shapes) * coats / per_tin)
