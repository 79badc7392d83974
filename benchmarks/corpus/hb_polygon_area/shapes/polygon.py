"""Simple polygons given by their vertices in order."""

from __future__ import annotations

from typing import Iterable, Iterator

from shapes.point import Point


class Polygon:
    def __init__(self, vertices: Iterable[tuple[float, float]]):
        self.vertices = [Point(*v) for v in vertices]
        if len(self.vertices) < 3:
            raise ValueError("a polygon needs at least three vertices")

    def edges(self) -> Iterator[tuple[Point, Point]]:
        for i, start in enumerate(self.vertices):
            yield start, self.vertices[(i + 1) % len(self.vertices)]

    def perimeter(self) -> float:
        return sum(a.distance_to(b) for a, b in self.edges())

    def signed_area(self) -> float:
        """Shoelace formula: positive when the vertices go counter-clockwise."""
        total = 0.0
        for a, b in self.edges():
            total += a.x * b.y + b.x * a.y
        return total / 2

    def area(self) -> float:
        return abs(self.signed_area())

    def is_clockwise(self) -> bool:
        return self.signed_area() < 0

    def centroid(self) -> Point:
        area = self.signed_area()
        if area == 0:
            raise ValueError("degenerate polygon")
        cx = cy = 0.0
        for a, b in self.edges():
            cross = a.x * b.y - b.x * a.y
            cx += (a.x + b.x) * cross
            cy += (a.y + b.y) * cross
        return Point(cx / (6 * area), cy / (6 * area))

    def translated(self, dx: float, dy: float) -> Polygon:
        return Polygon((p.x + dx, p.y + dy) for p in self.vertices)
