"""What the logs of boreholes already drilled nearby say about a new site."""

from __future__ import annotations

import math
from dataclasses import dataclass

NEARBY_M = 2000
# Drill this far below the deepest water strike nearby, to leave the pump room.
BELOW_STRIKE_M = 15


@dataclass(frozen=True)
class Log:
    distance_m: float  # from the new site
    rock_head: float  # metres down to solid rock
    water_strike: float  # metres down to the first good water


def nearby(logs: list[Log]) -> list[Log]:
    close = [log for log in logs if log.distance_m <= NEARBY_M]
    if not close:
        raise LookupError("no borehole logs within 2 km: a trial hole is needed first")
    return close


def expected_rock_head(logs: list[Log]) -> float:
    """The mean rock head nearby, rounded up to the metre: better too much casing than too little."""
    close = nearby(logs)
    return float(math.ceil(sum(log.rock_head for log in close) / len(close)))


def proposed_depth(logs: list[Log]) -> float:
    """Deep enough for the deepest strike nearby, to the next 5 m the rods come in."""
    deepest = max(log.water_strike for log in nearby(logs))
    return float(5 * math.ceil((deepest + BELOW_STRIKE_M) / 5))
