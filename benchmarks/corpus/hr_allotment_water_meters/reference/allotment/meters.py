"""Sub-meter readings for the allotment plots, in cubic metres as the dial shows
them (three decimals: litres). The committee reads every meter once a month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Reading:
    plot: str
    taken: date
    m3: float


def parse_readings(text: str) -> list[Reading]:
    readings = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        plot, taken, m3 = line.split()
        readings.append(Reading(plot.upper(), date.fromisoformat(taken), float(m3)))
    return readings


def plot_usage(readings: list[Reading]) -> dict[str, float]:
    """m3 used on each plot over the readings given. When a meter has been swapped
    the reading goes down, and that month counts as nothing used."""
    dials: dict[str, list[float]] = {}
    for reading in sorted(readings, key=lambda r: (r.plot, r.taken)):
        dials.setdefault(reading.plot, []).append(reading.m3)
    usage = {}
    for plot, values in dials.items():
        total = 0.0
        for before, after in zip(values, values[1:]):
            step = round(max(after - before, 0.0), 3)
            total += step
        usage[plot] = round(total, 3)
    return usage
