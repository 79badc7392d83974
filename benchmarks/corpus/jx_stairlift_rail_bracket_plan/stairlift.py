"""Rail, brackets and price for a straight stairlift, worked out from the survey.

The rail runs along the pitch line of the stairs with an overrun at each end for the
carriage to park. It is cut from stock lengths on site and fixed to the treads with
brackets no more than BRACKET_SPACING_MM apart.
"""

from __future__ import annotations

import math

OVERRUN_MM = 300
STOCK_MM = 2400
BRACKET_SPACING_MM = 1000

RAIL_PER_M = 85.00
BRACKET_PRICE = 14.50
CARRIAGE_PRICE = 1650.00
FITTING_PRICE = 280.00


def rail_length(steps: int, going_mm: int, rise_mm: int) -> int:
    """Rail length in mm for a flight of `steps` treads, overruns included."""
    if steps < 1:
        raise ValueError("a flight needs at least one step")
    pitch = math.hypot(going_mm, rise_mm) * steps
    return round(pitch) + 2 * OVERRUN_MM


def cut_list(length_mm: int) -> list[int]:
    """Pieces to cut from stock, longest first: whole lengths and one short piece."""
    whole, rest = divmod(length_mm, STOCK_MM)
    return [STOCK_MM] * whole + ([rest] if rest else [])


def bracket_positions(length_mm: int) -> list[int]:
    """Where the brackets go, in mm from the bottom end of the rail: one at each end
    and the rest spaced evenly between them, never more than BRACKET_SPACING_MM apart."""
    if length_mm <= 0:
        raise ValueError("the rail has no length")
    gaps = math.ceil(length_mm / BRACKET_SPACING_MM)
    return [round(i * length_mm / gaps) for i in range(gaps)]


def quote(steps: int, going_mm: int, rise_mm: int) -> dict[str, float]:
    """The priced quote for the customer, by line."""
    length = rail_length(steps, going_mm, rise_mm)
    brackets = len(bracket_positions(length))
    lines = {
        "carriage": CARRIAGE_PRICE,
        "rail": round(length / 1000 * RAIL_PER_M, 2),
        "brackets": round(brackets * BRACKET_PRICE, 2),
        "fitting": FITTING_PRICE,
    }
    lines["total"] = round(sum(lines.values()), 2)
    return lines
