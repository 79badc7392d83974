"""The season's screenings, from the door sheet the projectionist fills in."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Screening:
    title: str
    day: date
    members: int
    guests: int  # every guest, concessions included
    concessions: int  # guests on the concession price
    guarantee_pence: int  # the distributor's minimum fee for the night
    percent: int  # the distributor's share of the box office


def read_door_sheet(text: str) -> list[Screening]:
    """CSV: title,date,members,guests,concessions,guarantee,percent; guarantee in pounds."""
    screenings = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        guests, concessions = int(row["guests"]), int(row["concessions"])
        if concessions > guests:
            raise ValueError(f"{row['title']}: more concessions than guests")
        screenings.append(Screening(
            row["title"].strip(),
            date.fromisoformat(row["date"]),
            int(row["members"]),
            guests,
            concessions,
            round(float(row["guarantee"]) * 100),
            int(row["percent"]),
        ))
    return screenings
