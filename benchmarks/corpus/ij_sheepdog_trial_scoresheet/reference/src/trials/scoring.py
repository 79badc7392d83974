"""Turning a judge's sheet of faults into points and placings."""

from __future__ import annotations

from dataclasses import dataclass

from trials.course import MAX_POINTS, OUTWORK, PHASES, check_phase, phases_from


@dataclass(frozen=True)
class Fault:
    phase: str
    points: int
    note: str = ""


@dataclass(frozen=True)
class Run:
    handler: str
    dog: str
    faults: tuple[Fault, ...] = ()
    retired_in: str | None = None


def phase_scores(faults: list[Fault] | tuple[Fault, ...], retired_in: str | None = None) -> dict[str, int]:
    """The points a run keeps in each phase. The judge writes faults down as they
    happen, so the faults of one phase come together on the sheet. A phase keeps its
    full points less its faults, never less than nothing. A handler who retires scores
    nothing for the phase they retired in, nor for any phase after it."""
    scores = {phase: MAX_POINTS[phase] for phase in PHASES}
    current = None
    lost = 0
    for fault in faults:
        check_phase(fault.phase)
        if fault.phase != current:
            if current is not None:
                scores[current] = max(MAX_POINTS[current] - lost, 0)
            current = fault.phase
            lost = 0
        lost += fault.points
    if current is not None:
        scores[current] = max(MAX_POINTS[current] - lost, 0)
    if retired_in is not None:
        for phase in phases_from(retired_in):
            scores[phase] = 0
    return scores


def run_total(run: Run) -> int:
    return sum(phase_scores(run.faults, run.retired_in).values())


def placings(runs: list[Run]) -> list[tuple[str, str, int]]:
    """(handler, dog, points) from first to last. Equal points are split on the
    outwork, then the runs stay in running order."""
    table = []
    for order, run in enumerate(runs):
        scores = phase_scores(run.faults, run.retired_in)
        outwork = sum(scores[phase] for phase in OUTWORK)
        table.append((-sum(scores.values()), -outwork, order, run))
    table.sort(key=lambda row: row[:3])
    return [(run.handler, run.dog, -points) for points, _, _, run in table]
