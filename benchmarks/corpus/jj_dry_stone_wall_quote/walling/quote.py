"""Stone, copes and days for rebuilding a wall, and the price."""

from __future__ import annotations

import math
from dataclasses import dataclass

from walling.wall import Wall

TONNES_PER_M2 = {"gritstone": 0.65, "limestone": 0.55, "slate": 0.75}  # of face
STONE_PRICE = {"gritstone": 95.0, "limestone": 80.0, "slate": 140.0}  # a tonne, delivered
NEW_STONE = 0.25  # of a fallen wall's stone is missing or broken and has to be bought in
COPES_PER_M = 3
COPE_PRICE = 4.50
M2_PER_DAY = 3.0  # of face, one waller
DAY_RATE = 220.0
HEAD_DAYS = 0.25


@dataclass(frozen=True)
class Quote:
    tonnes: int
    copes: int
    days: float
    price: float


def quote(wall: Wall, stone: str = "gritstone", rebuild: bool = True) -> Quote:
    """Stone is delivered by the whole tonne bag. A rebuild reuses the stone lying in
    the field and only buys in NEW_STONE of it; a new wall buys it all."""
    stone = stone.lower()
    if stone not in TONNES_PER_M2:
        raise ValueError(f"no {stone} to be had round here")
    needed = wall.face_m2() * TONNES_PER_M2[stone] * (NEW_STONE if rebuild else 1)
    tonnes = round(needed)
    copes = math.ceil(wall.length_m * COPES_PER_M)
    days = math.ceil((wall.face_m2() / M2_PER_DAY + wall.heads() * HEAD_DAYS) * 2) / 2  # to the half day
    price = tonnes * STONE_PRICE[stone] + copes * COPE_PRICE + days * DAY_RATE
    return Quote(tonnes, copes, days, round(price, 2))
