"""Sightings as volunteers submit them: one CSV row per species per visit."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from typing import Iterable


@dataclass(frozen=True)
class Sighting:
    site: str
    day: date
    species: str
    count: int
    observer: str


def parse_sightings(lines: Iterable[str]) -> list[Sighting]:
    """Rows of site,date,species,count,observer under a header line."""
    sightings = []
    for row in csv.DictReader(lines):
        count = int(row["count"])
        if count < 1:
            raise ValueError(f"count must be at least 1: {row}")
        sightings.append(Sighting(
            site=row["site"].strip(),
            day=date.fromisoformat(row["date"].strip()),
            species=row["species"].strip().lower(),
            count=count,
            observer=row["observer"].strip(),
        ))
    return sightings
