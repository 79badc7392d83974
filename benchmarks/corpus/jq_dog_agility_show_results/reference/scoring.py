"""Scoring runs from the judge's sheet. Each pole down, refusal or missed contact is
five faults; going over the SCT adds a time fault a second, to the hundredth. Taking
the wrong course eliminates, and so does the third refusal."""

from __future__ import annotations

from dataclasses import dataclass

from course import Course

FAULT = 5
MAX_REFUSALS = 3
MARKS = {"P": "pole down", "R": "refusal", "C": "missed contact", "W": "wrong course"}


@dataclass(frozen=True)
class Run:
    handler: str
    dog: str
    marks: str  # the judge's marks in order, e.g. "PR"; "" for a clear round
    seconds: float


def score(run: Run, course: Course) -> float | None:
    """The run's total faults, or None if the dog was eliminated."""
    faults = 0
    refusals = 0
    for mark in run.marks:
        if mark not in MARKS:
            raise ValueError(f"{run.dog}: unknown mark {mark!r}")
        if mark == "W":
            return None
        if mark == "R":
            refusals += 1
            if refusals >= MAX_REFUSALS:
                return None
        faults += FAULT
    return round(faults + max(0.0, run.seconds - course.sct), 2)


def placings(runs: list[Run], course: Course) -> list[tuple[int, str, str, float, float]]:
    """(place, handler, dog, faults, seconds) for every dog not eliminated: fewest
    faults first, then the quicker time."""
    scored = [(score(run, course), run.seconds, run.handler, run.dog) for run in runs]
    ranked = sorted((s for s in scored if s[0] is not None), key=lambda s: (s[0], s[1]))
    return [(place, handler, dog, faults, seconds) for place, (faults, seconds, handler, dog) in enumerate(ranked, 1)]
