"""The recaptures report the station sends to the ringing scheme each autumn."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ringing.records import Capture


@dataclass(frozen=True)
class Recapture:
    ring: str
    species: str
    times_caught: int
    days_since_ringing: int
    weight_change_g: float | None  # last weighing less the first: negative when the bird lost weight
    grams_per_day: float | None


def recapture_report(captures: list[Capture]) -> list[Recapture]:
    """One row for each ring caught more than once, in ring order."""

    def weight_change(history: list[Capture]) -> tuple[float | None, float | None]:
        weighed = [capture for capture in history if capture.weight_g is not None]
        if len(weighed) < 2:
            return None, None
        first, last = weighed[0], weighed[-1]
        change = round(last.weight_g - first.weight_g, 1)
        days = (last.day - first.day).days
        if days == 0:
            return change, None
        return change, round(change / days, 2)

    by_ring: dict[str, list[Capture]] = defaultdict(list)
    for capture in captures:
        by_ring[capture.ring].append(capture)
    rows = []
    for ring in sorted(by_ring):
        history = sorted(by_ring[ring], key=lambda capture: capture.day)
        if len(history) < 2:
            continue
        change, per_day = weight_change(history)
        days = (history[-1].day - history[0].day).days
        rows.append(Recapture(ring, history[0].species, len(history), days, change, per_day))
    return rows


def fattening(rows: list[Recapture], min_grams_per_day: float = 0.2) -> list[str]:
    """Rings of the birds putting weight on fast enough to be fuelling for migration."""
    return [row.ring for row in rows if row.grams_per_day is not None and row.grams_per_day >= min_grams_per_day]


def by_species(rows: list[Recapture]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.species] = counts.get(row.species, 0) + 1
    return counts
