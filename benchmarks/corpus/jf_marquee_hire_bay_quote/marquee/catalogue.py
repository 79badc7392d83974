"""Our frame marquees and what goes in them, at this season's prices.

A marquee is put up from 3 m bays, in one of three widths; the price of a bay
includes the frame, the roof and the walls."""

from __future__ import annotations

import math

BAY_LENGTH = 3  # metres
MIN_BAYS = 2  # two gable ends make the smallest marquee we put up
BAY_PRICES = {6: 95.0, 9: 140.0, 12: 185.0}  # per bay, by width in metres

SEATED_M2 = 1.2  # per guest at round tables
STANDING_M2 = 0.8  # per guest at a drinks reception
FLOOR_PER_M2 = 4.5  # coconut matting laid over boards
LIGHTS_PER_BAY = 18.0  # a pair of chandeliers per bay
CHAIR = 2.2
TABLE = 9.5  # a round table seats ten
EXTRA_DAY = 0.25  # each day after the first, as a part of the first day's price


def dance_floor_area(guests: int) -> int:
    """A third of the guests on the floor at once, half a square metre each, laid
    in whole square-metre panels."""
    return math.ceil(guests / 3 * 0.5)
