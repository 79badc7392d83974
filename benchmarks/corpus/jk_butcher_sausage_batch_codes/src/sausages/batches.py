"""Batch codes for traceability. Every run through the filler gets a code
YYMMDD-RR-NN: the day it was made, the recipe code, and the run's number that day,
counted across all recipes from 01 each morning, in the order the runs started."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from sausages.recipes import recipe


@dataclass(frozen=True)
class Run:
    made: date
    started: time
    recipe: str
    kilos: float


@dataclass(frozen=True)
class Label:
    batch: str
    recipe: str
    use_by: date
    kilos: float


def use_by(run: Run) -> date:
    return run.made + timedelta(days=recipe(run.recipe).shelf_life_days)


def batch_labels(runs: list[Run]) -> list[Label]:
    labels = []
    day = None
    number = 0
    for run in sorted(runs, key=lambda run: (run.made, run.started)):
        if run.made != day:
            day = run.made
        number += 1
        batch = f"{run.made:%y%m%d}-{recipe(run.recipe).code}-{number:02d}"
        labels.append(Label(batch, run.recipe, use_by(run), run.kilos))
    return labels


def kilos_by_day(labels: list[Label]) -> dict[str, float]:
    """Kilos made each day, keyed by the date part of the batch code."""
    totals: dict[str, float] = {}
    for label in labels:
        day = label.batch.split("-")[0]
        totals[day] = round(totals.get(day, 0.0) + label.kilos, 2)
    return totals
