"""Dry spells in the wood store: spruce tops and maple backs check and crack when the
air stays below about 40% relative humidity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from luthier.readings import Reading

DRY_RH = 40.0


@dataclass(frozen=True)
class Spell:
    start: datetime
    end: datetime  # the time of the last dry reading
    readings: int
    lowest_rh: float

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600


def dry_spells(readings: list[Reading], threshold: float = DRY_RH, min_readings: int = 3) -> list[Spell]:
    """The runs of at least `min_readings` consecutive readings below `threshold`, in order."""
    spells = []
    i = 0
    while i < len(readings):
        if readings[i].rh >= threshold:
            i += 1
            continue
        j = i
        while j < len(readings) and readings[j].rh < threshold:
            j += 1
        if j - i >= min_readings:
            run = readings[i:j]
            spells.append(Spell(run[0].at, run[-1].at, len(run), min(reading.rh for reading in run)))
        i = j
    return spells


def worst_spell(spells: list[Spell]) -> Spell | None:
    """The longest spell; of equally long ones, the driest."""
    if not spells:
        return None
    return max(spells, key=lambda spell: (spell.hours, -spell.lowest_rh))


def hours_dry(spells: list[Spell]) -> float:
    return round(sum(spell.hours for spell in spells), 2)
