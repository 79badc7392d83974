"""Prices of cut rope, in pence: so much a metre, charged by the started half metre."""

from __future__ import annotations

import math

PENCE_PER_METRE = {
    "10mm three-strand nylon": 185,
    "12mm three-strand nylon": 240,
    "8mm braid-on-braid polyester": 210,
    "6mm pre-stretched dyneema": 495,
}


def price(rope: str, metres: float) -> int:
    if rope not in PENCE_PER_METRE:
        raise KeyError(f"no price for {rope!r}")
    half_metres = math.ceil(round(metres * 2, 6))
    return math.ceil(half_metres * PENCE_PER_METRE[rope] / 2)
