"""Yarn on the shelves: every dye lot of a colour is a separate lot, because balls
from different dye baths never quite match."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass


@dataclass
class Lot:
    colour: str
    dye_lot: str
    balls: int
    metres_per_ball: int
    price_per_ball: float


def load_lots(text: str) -> list[Lot]:
    """The stock sheet: colour,dye_lot,balls,metres_per_ball,price_per_ball."""
    reader = csv.DictReader(io.StringIO(text.strip()))
    return [
        Lot(
            row["colour"].strip().lower(),
            row["dye_lot"].strip(),
            int(row["balls"]),
            int(row["metres_per_ball"]),
            float(row["price_per_ball"]),
        )
        for row in reader
    ]


def balls_needed(metres: float, metres_per_ball: int) -> int:
    return max(1, math.ceil(metres / metres_per_ball))
