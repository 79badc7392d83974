"""Cutting plans: squares cut from strips across the width of the fabric."""

from __future__ import annotations

import math
from dataclasses import dataclass

from quiltplan.units import INCHES_PER_YARD, format_yards, parse_inches

QUARTER = INCHES_PER_YARD / 4


@dataclass
class Cut:
    fabric: str
    count: int
    finished: float  # size of the square once sewn in, in inches


class QuiltPlan:
    def __init__(self, width_of_fabric: float = 42.0, seam: float = 0.25) -> None:
        self.width_of_fabric = width_of_fabric
        self.seam = seam
        self.cuts: list[Cut] = []

    def add_squares(self, fabric: str, count: int, finished: str) -> None:
        if count <= 0:
            raise ValueError("count must be positive")
        self.cuts.append(Cut(fabric, count, parse_inches(finished)))

    def yardage(self) -> dict[str, float]:
        """Yards to buy of each fabric, rounded up to the quarter yard. Every square
        gets a seam allowance on both sides, and each strip is as tall as the
        squares cut from it."""
        inches: dict[str, float] = {}
        for cut in self.cuts:
            size = cut.finished + self.seam
            per_strip = int(self.width_of_fabric // size)
            if per_strip == 0:
                raise ValueError(f"{cut.finished} in squares do not fit across the fabric")
            strips = math.ceil(cut.count / per_strip)
            inches[cut.fabric] = strips * size
        return {fabric: math.ceil(length / QUARTER) / 4 for fabric, length in inches.items()}

    def shopping_list(self) -> list[str]:
        return [f"{fabric}: {format_yards(yards)}" for fabric, yards in sorted(self.yardage().items())]
