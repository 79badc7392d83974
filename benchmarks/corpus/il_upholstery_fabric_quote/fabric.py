"""How much fabric a job takes off the roll."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Fabric:
    name: str
    width_cm: int
    price_per_m: float
    repeat_cm: int = 0  # the pattern's vertical repeat; 0 for plains


@dataclass(frozen=True)
class Panel:
    name: str
    width_cm: int
    length_cm: int
    count: int = 1


def metres_needed(panels: list[Panel], fabric: Fabric) -> float:
    """Metres to order. Panels are cut side by side across the roll where they fit;
    on a patterned fabric every row of cuts takes one pattern repeat more, so the
    pattern can be centred on each panel. Fabric is sold by the half metre."""
    total_cm = 0
    for panel in panels:
        across = fabric.width_cm // panel.width_cm
        if across == 0:
            raise ValueError(f"the {panel.name} is wider than {fabric.name}")
        rows = panel.count // across
        total_cm += rows * panel.length_cm + fabric.repeat_cm
    return math.ceil(total_cm / 50) / 2
