from __future__ import annotations

import math
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float

    def distance_to(self, other: Point) -> float:
        return math.hypot(other.x - self.x, other.y - self.y)

    def __sub__(self, other: Point) -> Point:  # type: ignore[override]
        return Point(self.x - other.x, self.y - other.y)
