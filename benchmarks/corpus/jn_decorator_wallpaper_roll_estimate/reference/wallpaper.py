"""Rolls of wallpaper for a room, the way a decorator works them out before ordering:
count the drops (full-height strips) round the walls, see how many drops come out of
one roll, and divide. Doors and windows are not taken off; the offcuts go above and
below them."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

TRIM_CM = 10  # 5 cm at the ceiling and 5 cm at the skirting, cut off after hanging


@dataclass(frozen=True)
class Paper:
    name: str
    price: float
    repeat_cm: float = 0  # pattern repeat; 0 for a free match
    roll_length_cm: float = 1005
    roll_width_cm: float = 53


@dataclass
class Room:
    name: str
    height_cm: float
    walls_cm: list[float] = field(default_factory=list)  # the width of each wall

    def drops(self, paper: Paper) -> int:
        return sum(math.ceil(width / paper.roll_width_cm) for width in self.walls_cm)

    def rolls_needed(self, paper: Paper) -> int:
        """Each drop is cut to the room's height plus the trim; a patterned paper is cut
        to a whole number of repeats so that the next drop matches."""
        length = self.height_cm + TRIM_CM
        if paper.repeat_cm:
            length = math.ceil(length / paper.repeat_cm) * paper.repeat_cm
        per_roll = int(paper.roll_length_cm // length)
        if per_roll == 0:
            raise ValueError(f"{self.name}: a roll of {paper.name} is shorter than one drop")
        return math.ceil(self.drops(paper) / per_roll)

    def cost(self, paper: Paper) -> float:
        return round(self.rolls_needed(paper) * paper.price, 2)


def order(rooms: list[Room], paper: Paper, spare: int = 1) -> dict[str, object]:
    """One order for every room papered in the same paper, plus spare rolls from the
    same batch for repairs."""
    rolls = {room.name: room.rolls_needed(paper) for room in rooms}
    total = sum(rolls.values()) + spare
    return {"rolls": rolls, "total": total, "price": round(total * paper.price, 2)}
