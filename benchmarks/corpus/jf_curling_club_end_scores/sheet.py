"""Where the stones came to rest at the end of an end, as the vice-skip calls them
out: one line per stone, 'team x y', in metres from the button (x across the
sheet, y up it). Stones that went through or were knocked out are not called."""

from __future__ import annotations

import math
from dataclasses import dataclass

HOUSE_RADIUS = 1.829  # the twelve-foot ring
STONE_RADIUS = 0.145


@dataclass(frozen=True)
class Stone:
    team: str
    x: float
    y: float


def parse_end(text: str) -> list[Stone]:
    stones = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 3:
            raise ValueError(f"line {number}: expected 'team x y', got {line!r}")
        team, x, y = parts
        stones.append(Stone(team.lower(), float(x), float(y)))
    return stones


def distance_to_button(stone: Stone) -> float:
    return math.hypot(stone.x, stone.y)


def in_house(stone: Stone) -> bool:
    """A stone counts if any part of it touches the house, not only its centre."""
    return distance_to_button(stone) <= HOUSE_RADIUS + STONE_RADIUS
