"""Scoring one race on corrected time, low points."""

from __future__ import annotations

from dataclasses import dataclass

from .fleet import Boat

NOT_FINISHED = ("DNF", "DNS", "RET")


@dataclass(frozen=True)
class Result:
    sail: str
    corrected: int | None  # seconds, None for a boat that did not finish
    points: int


def parse_elapsed(text: str) -> int:
    """'42:10' or '1:02:10' -> seconds."""
    seconds = 0
    for part in text.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds


def score_race(finishes: dict[str, str], boats: dict[str, Boat]) -> list[Result]:
    """Results in order: finishers by corrected time (elapsed x 1000 / yardstick,
    to the second), equal times sharing the better place; then the boats that did
    not finish, with a point more than the number of starters."""
    timed = []
    for sail, elapsed in finishes.items():
        if elapsed in NOT_FINISHED:
            continue
        corrected = round(parse_elapsed(elapsed) * 100 / boats[sail].yardstick)
        timed.append((corrected, sail))
    timed.sort()
    results = []
    for place, (corrected, sail) in enumerate(timed, 1):
        if results and results[-1].corrected == corrected:
            place = results[-1].points
        results.append(Result(sail, corrected, place))
    for sail in sorted(set(finishes) - {sail for _, sail in timed}):
        results.append(Result(sail, None, len(finishes) + 1))
    return results
