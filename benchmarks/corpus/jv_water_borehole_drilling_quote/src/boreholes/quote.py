"""The quote for drilling and lining a borehole.

Drilling is by the metre at a rate that goes up with depth, as the rig works harder
and the rods take longer to trip; each band's rate is for the metres drilled within
that band. The hole is lined with plain steel casing from the surface down to rock
head, to hold back the drift, and with slotted screen from there to the bottom, to
let the water in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# (bottom of the band in metres, £ a metre drilled within it)
DRILLING_BANDS = [(30, 95.0), (60, 120.0), (100, 150.0), (math.inf, 190.0)]
CASING_PER_M = 42.0
SCREEN_PER_M = 58.0
MOBILISATION = 850.0
TEST_PUMPING = 1200.0
VAT_RATE = 0.20


@dataclass(frozen=True)
class BoreholeQuote:
    depth: float
    rock_head: float
    test_pumping: bool = True

    def works(self) -> float:
        """Drilling and lining, before getting the rig there, test pumping and VAT."""
        cost = 0.0
        top = 0.0
        for bottom, rate in DRILLING_BANDS:
            if self.depth <= top:
                break
            cost += (self.depth - top) * rate
            top = bottom
        cased = min(self.rock_head, self.depth)
        cost += cased * CASING_PER_M
        cost += (self.depth - cased) * CASING_PER_M
        return round(cost, 2)

    def total(self) -> float:
        """The figure on the quote, VAT included."""
        net = self.works() + MOBILISATION
        if self.test_pumping:
            net += TEST_PUMPING
        return round(net * (1 + VAT_RATE), 2)
