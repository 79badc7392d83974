"""The technicians' visit log, as exported from the job sheet app."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

RESULTS = ("clear", "activity", "no access")


@dataclass(frozen=True)
class Station:
    code: str
    site: str
    kind: str  # "rodent" bait box or "insect" monitor


@dataclass(frozen=True)
class Visit:
    station: str
    day: date
    accessed: bool  # False when the station could not be reached (locked store, pallets in the way)
    activity: bool  # bait taken, droppings, or catches on the board


def read_visits(text: str) -> list[Visit]:
    """CSV with columns station,date,result; result is clear, activity or no access."""
    visits = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        result = row["result"].strip().lower()
        if result not in RESULTS:
            raise ValueError(f"station {row['station']}: unknown result {result!r}")
        day = date.fromisoformat(row["date"].strip())
        visits.append(Visit(row["station"].strip(), day, result != "no access", result == "activity"))
    return visits
