"""Packing lists for each scout and the order to the district store."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kit import ACTIVITY_KIT, HIRED, STANDARD_KIT


@dataclass
class Patrol:
    name: str
    scouts: list[str]
    activities: list[str] = field(default_factory=list)


def kit_list(activities: list[str]) -> list[str]:
    """Everything a scout doing these activities packs: the standard kit, then each
    activity's extras in the order they signed up, nothing listed twice."""
    kit = list(STANDARD_KIT)
    for activity in activities:
        if activity not in ACTIVITY_KIT:
            raise ValueError(f"no kit list for {activity!r}")
        for item in ACTIVITY_KIT[activity]:
            if item not in kit:
                kit.append(item)
    return kit


def packing_letters(patrols: list[Patrol]) -> dict[str, list[str]]:
    """The list that goes home with each scout, minus what the district store lends."""
    letters = {}
    for patrol in patrols:
        items = [item for item in kit_list(patrol.activities) if item not in HIRED]
        for scout in patrol.scouts:
            letters[scout] = items
    return letters


def store_order(patrols: list[Patrol]) -> dict[str, int]:
    """How many of each hired item to borrow: one per scout who needs it."""
    order: Counter[str] = Counter()
    for patrol in patrols:
        for item in kit_list(patrol.activities):
            if item in HIRED:
                order[item] += len(patrol.scouts)
    return dict(sorted(order.items()))
