"""Pricing a job of one or more leaded-light panels."""

from __future__ import annotations

import math
from dataclasses import dataclass

from leadlight.came import cutting_plan, run_lengths

GLASS_PER_M2 = {"clear": 45.0, "cathedral": 80.0, "seedy": 95.0, "opalescent": 110.0, "antique": 240.0}
GLASS_WASTE = 0.15  # offcuts from cutting panes out of a sheet
CAME_PER_LENGTH = 9.50
SOLDER_PER_JOINT = 0.40
MINUTES_PER_JOINT = 3
LABOUR_PER_HOUR = 28.0


@dataclass(frozen=True)
class Panel:
    width_mm: int
    height_mm: int
    glass: str
    vertical_bars: int = 0
    horizontal_bars: int = 0

    def area_m2(self) -> float:
        return self.width_mm * self.height_mm / 1_000_000

    def joints(self) -> int:
        """Every crossing of two runs of lead, the corners and the ends of bars at the border included."""
        return (self.vertical_bars + 2) * (self.horizontal_bars + 2)


def quote(panels: list[Panel]) -> dict[str, float]:
    if not panels:
        raise ValueError("nothing to quote")
    glass = 0.0
    runs: list[float] = []
    joints = 0
    for panel in panels:
        try:
            price = GLASS_PER_M2[panel.glass.lower()]
        except KeyError:
            raise ValueError(f"no price for {panel.glass} glass") from None
        glass += panel.area_m2() * (1 + GLASS_WASTE) * price
        runs += run_lengths(panel.width_mm, panel.height_mm, panel.vertical_bars, panel.horizontal_bars)
        joints += panel.joints()
    lengths = len(cutting_plan(runs))
    came = lengths * CAME_PER_LENGTH
    solder = joints * SOLDER_PER_JOINT
    labour = math.ceil(joints * MINUTES_PER_JOINT / 60 * 2) / 2 * LABOUR_PER_HOUR  # to the half hour
    total = glass + came + solder + labour
    return {
        "glass": round(glass, 2),
        "came_lengths": lengths,
        "came": round(came, 2),
        "solder": round(solder, 2),
        "labour": round(labour, 2),
        "total": round(total, 2),
    }
