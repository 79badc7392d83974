"""Germination trials: a number of seeds from one lot sown on damp paper, and how
many had sprouted after ten days. A trial that grew mould is marked contaminated
and tells us nothing about the seed."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass


@dataclass(frozen=True)
class Trial:
    lot: str
    sown: int
    sprouted: int
    contaminated: bool = False


def read_trials(text: str) -> list[Trial]:
    """Rows of lot,sown,sprouted,notes; a note mentioning mould marks contamination."""
    trials = []
    for row in csv.DictReader(io.StringIO(text)):
        trial = Trial(
            lot=row["lot"].strip(),
            sown=int(row["sown"]),
            sprouted=int(row["sprouted"]),
            contaminated="mould" in (row.get("notes") or "").lower(),
        )
        if trial.sown < 0 or not 0 <= trial.sprouted <= trial.sown:
            raise ValueError(f"impossible trial: {row}")
        trials.append(trial)
    return trials


def germination_rate(trials: list[Trial]) -> float | None:
    """Percentage of the sown seeds that sprouted, over the clean trials, to one
    decimal place; None when no clean trial sowed anything."""
    sown = sprouted = 0
    for trial in trials:
        sown += trial.sown
        sprouted += trial.sprouted
    if sown == 0:
        return None
    return round(100 * sprouted / sown)
