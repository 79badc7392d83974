"""Walls measured on the survey visit."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Opening:
    width_m: float
    height_m: float


@dataclass
class Wall:
    width_m: float
    height_m: float
    openings: list[Opening] = field(default_factory=list)

    def area(self) -> float:
        """Plastered area: the wall less its doors and windows."""
        gaps = sum(opening.width_m * opening.height_m for opening in self.openings)
        return max(0.0, self.width_m * self.height_m - gaps)


def room_walls(length_m: float, width_m: float, height_m: float) -> list[Wall]:
    """The four walls of a plain rectangular room, long walls first."""
    return [
        Wall(length_m, height_m),
        Wall(length_m, height_m),
        Wall(width_m, height_m),
        Wall(width_m, height_m),
    ]
