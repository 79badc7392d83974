from __future__ import annotations

import math
from dataclasses import dataclass

from rooms import Room, ceiling_area, wall_area


@dataclass(frozen=True)
class Paint:
    name: str
    coverage: float  # m² per litre, one coat
    tin_litres: float
    tin_price: float


def tins_needed(area: float, paint: Paint, coats: int = 2) -> int:
    """Whole tins of `paint` to give `area` m² the number of `coats`. Tins are not
    sold in part, so a tin that would only be partly used still has to be bought."""
    if coats < 1:
        raise ValueError("at least one coat")
    litres = area * coats / paint.coverage
    return round(litres / paint.tin_litres)


def quote(rooms: list[Room], walls: Paint, ceilings: Paint) -> dict:
    wall_tins = tins_needed(sum(wall_area(r) for r in rooms), walls)
    ceiling_tins = tins_needed(sum(ceiling_area(r) for r in rooms), ceilings)
    return {
        "wall_tins": wall_tins,
        "ceiling_tins": ceiling_tins,
        "total": round(wall_tins * walls.tin_price + ceiling_tins * ceilings.tin_price, 2),
    }
