"""Planning a pouring session from the week's orders."""

from __future__ import annotations

import math
from dataclasses import dataclass

from chandlery.recipes import VESSELS, fragrance_g

MELTER_G = 2000  # the most wax the melting pot takes at once
POUR_LOSS = 0.05  # what stays behind in the jug and on the thermometer


@dataclass
class PourPlan:
    wax_g: int
    fragrance_g: float
    wicks: int
    melts: int


def parse_order(text: str) -> dict[str, int]:
    """'3 jar, 2 tins' into {'jar': 3, 'tin': 2}; plurals are fine."""
    order: dict[str, int] = {}
    for item in text.split(","):
        if not item.strip():
            continue
        count, name = item.split()
        name = name.lower().removesuffix("s")
        if name not in VESSELS:
            raise KeyError(name)
        order[name] = order.get(name, 0) + int(count)
    return order


def pour_plan(order: dict[str, int], wax: str) -> PourPlan:
    """What to weigh out for an order: the wax for every vessel plus the pour loss,
    its fragrance, the wicks, and how many times the melter has to be filled."""
    wax_g = sum(VESSELS[name].wax_g * count for name, count in order.items()) * (1 + POUR_LOSS)
    wicks = sum(VESSELS[name].wicks * count for name, count in order.items())
    melts = math.ceil(wax_g) / MELTER_G
    return PourPlan(math.ceil(wax_g), fragrance_g(wax, wax_g), wicks, melts)
