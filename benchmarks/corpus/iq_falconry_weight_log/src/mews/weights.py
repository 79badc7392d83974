"""The morning weighing book."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from mews.birds import Bird


@dataclass(frozen=True)
class Weighing:
    day: date
    grams: int


def weight_report(log: list[Weighing]) -> dict:
    """Change since the first weighing, grams per day between weighings, and the lightest day.
    A day weighed twice counts with its later weighing."""
    by_day = {weighing.day: weighing for weighing in log}
    entries = [by_day[day] for day in sorted(by_day)]
    if not entries:
        return {"since_start": 0, "per_day": [], "lightest": None}
    first = entries[0]
    per_day = []
    for prev, entry in zip(entries, entries[1:]):
        days = (entry.day - first.day).days
        per_day.append(round((entry.grams - prev.grams) / days, 1))
    lightest = min(entries, key=lambda weighing: weighing.grams)
    return {"since_start": entries[-1].grams - first.grams, "per_day": per_day, "lightest": lightest.day}


def days_to_flying_weight(bird: Bird, log: list[Weighing]) -> int | None:
    """At the recent rate of loss, how many more days until the bird is in its flying band."""
    report = weight_report(log)
    if not report["per_day"]:
        return None
    latest = max(log, key=lambda weighing: weighing.day).grams
    if bird.condition(latest) != "high":
        return 0
    recent = report["per_day"][-3:]
    rate = sum(recent) / len(recent)
    if rate >= 0:
        return None
    excess = latest - (bird.flying_weight + bird.band)
    return math.ceil(excess / -rate) if excess > 0 else 0
