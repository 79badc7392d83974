"""The timetable of classes and what a term of each costs."""

from __future__ import annotations

from dataclasses import dataclass

WEEKS_PER_TERM = 12


@dataclass(frozen=True)
class DanceClass:
    code: str
    style: str
    grade: str
    weekly_fee: float


CLASSES = {
    c.code: c
    for c in [
        DanceClass("PB", "ballet", "pre-primary", 7.50),
        DanceClass("B1", "ballet", "grade 1", 8.40),
        DanceClass("B3", "ballet", "grade 3", 9.20),
        DanceClass("T1", "tap", "grade 1", 7.80),
        DanceClass("M2", "modern", "grade 2", 8.10),
        DanceClass("PT", "pointe", "intermediate", 11.00),
    ]
}


def term_fee(codes: list[str], weeks: int = WEEKS_PER_TERM) -> float:
    """One pupil's fee for a term of the classes they take."""
    unknown = [code for code in codes if code not in CLASSES]
    if unknown:
        raise KeyError(", ".join(unknown))
    return round(sum(CLASSES[code].weekly_fee for code in codes) * weeks, 2)
