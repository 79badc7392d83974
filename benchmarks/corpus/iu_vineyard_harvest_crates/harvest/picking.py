"""Planning a picking day: how many crates to put out along each block's rows, how long
the crew will take, and how many trips the tractor makes to the winery."""

from __future__ import annotations

import math
from dataclasses import dataclass

from harvest.blocks import Block, ready_to_pick

CRATE_KG = 12  # a picking crate holds 12 kg before the bottom bunches get crushed
CRATES_PER_TRAILER = 36
PICKER_KG_PER_HOUR = 45


@dataclass(frozen=True)
class BlockPlan:
    block: str
    kg: float
    crates: int
    hours: float  # for the whole crew, to the next half hour


def plan_day(blocks: list[Block], pickers: int) -> list[BlockPlan]:
    """A plan for each ripe block, in the order given."""
    if pickers < 1:
        raise ValueError("no pickers")
    plans = []
    for block in ready_to_pick(blocks):
        kg = block.estimated_kg()
        crates = round(kg / CRATE_KG)
        hours = math.ceil(kg / (pickers * PICKER_KG_PER_HOUR) * 2) / 2
        plans.append(BlockPlan(block.name, kg, crates, hours))
    return plans


def trailer_trips(plans: list[BlockPlan]) -> int:
    crates = sum(plan.crates for plan in plans)
    return math.ceil(crates / CRATES_PER_TRAILER)


def crew_hours(plans: list[BlockPlan]) -> float:
    return sum(plan.hours for plan in plans)
