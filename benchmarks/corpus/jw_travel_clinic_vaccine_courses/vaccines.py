"""The travel clinic's vaccine courses, and the booking sheet export they come from."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date

# Days after the first dose that each dose of a course falls due.
SCHEDULES = {
    "hep_a": [0, 180],
    "hep_b": [0, 28, 56],
    "rabies": [0, 7, 21],
    "jap_enc": [0, 28],
    "typhoid": [0],
}


@dataclass
class Course:
    traveller: str
    vaccine: str
    departs: date
    doses: list[date] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return len(self.doses) >= len(SCHEDULES[self.vaccine])


def read_courses(text: str) -> list[Course]:
    """CSV: traveller,vaccine,departs,doses with the doses given as ISO dates split by ';'."""
    courses = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        vaccine = row["vaccine"].strip()
        if vaccine not in SCHEDULES:
            raise ValueError(f"{row['traveller']}: unknown vaccine {vaccine!r}")
        doses = sorted(date.fromisoformat(d) for d in row["doses"].split(";") if d.strip())
        courses.append(Course(row["traveller"].strip(), vaccine, date.fromisoformat(row["departs"]), doses))
    return courses
