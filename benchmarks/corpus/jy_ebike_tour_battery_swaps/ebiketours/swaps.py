"""Swapping batteries at the lunch stop.

The support van leaves the depot every morning with the charged spares in its rack, in
the order below. At lunch the flattest riders get a spare first, off the front of the
rack, until the rack is empty; anyone still low rides the afternoon in eco mode.
"""

from __future__ import annotations

from ebiketours.riders import low_riders

SPARES = ["SP-03", "SP-07", "SP-08", "SP-11", "SP-12"]


def lunch_swaps(levels: dict[str, int]) -> tuple[dict[str, str], list[str]]:
    """Returns ({rider: spare battery}, riders left low), both the flattest first."""
    rack = SPARES
    swaps = {}
    still_low = []
    for rider in low_riders(levels):
        if rack:
            swaps[rider] = rack.pop(0)
        else:
            still_low.append(rider)
    return swaps, still_low


def swap_slips(swaps: dict[str, str], levels: dict[str, int]) -> list[str]:
    """The slips for the charging log back at the depot."""
    return [f"{battery} <- {rider} (in at {levels[rider]}%)" for rider, battery in swaps.items()]
