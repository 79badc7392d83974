"""The school's horses and the riders booked into a lesson."""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("beginner", "novice", "intermediate", "advanced")
MAX_LESSONS_A_DAY = 3
WORMER_ML_PER_100_KG = 1.2


@dataclass
class Horse:
    name: str
    weight_kg: int  # the horse's own weight, from the weighbridge tape
    max_rider_kg: int
    levels: tuple[str, ...]  # the rider levels it is schooled for
    lessons_today: int = 0


@dataclass
class Rider:
    name: str
    weight_kg: int
    level: str


def parse_rider(text: str) -> Rider:
    """'Name, weight, level' as on the booking sheet."""
    name, weight, level = (part.strip() for part in text.split(","))
    if level.lower() not in LEVELS:
        raise ValueError(f"unknown level {level!r} for {name}")
    return Rider(name, int(weight), level.lower())


def wormer_dose_ml(horse: Horse) -> float:
    return round(horse.weight_kg / 100 * WORMER_ML_PER_100_KG, 1)
