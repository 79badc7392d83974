"""The clinic's battery list, as exported from the patient system."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

# How many days one zinc-air cell lasts in an aid, by size.
CELL_LIFE_DAYS = {"10": 5, "312": 7, "13": 10, "675": 14}


@dataclass(frozen=True)
class Patient:
    number: str
    aids: int  # 1 or 2
    size: str

    def cells_per_week(self) -> float:
        return self.aids * 7 / CELL_LIFE_DAYS[self.size]


def read_patients(text: str) -> list[Patient]:
    """CSV with columns number,aids,size; a blank size is an old record, skipped."""
    patients = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        size = row["size"].strip()
        if not size:
            continue
        if size not in CELL_LIFE_DAYS:
            raise ValueError(f"patient {row['number']}: no such cell size {size!r}")
        aids = int(row["aids"])
        if aids not in (1, 2):
            raise ValueError(f"patient {row['number']}: {aids} aids")
        patients.append(Patient(row["number"].strip(), aids, size))
    return patients
