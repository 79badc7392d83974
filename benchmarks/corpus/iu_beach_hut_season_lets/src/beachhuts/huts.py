from __future__ import annotations

import csv
import io
from dataclasses import dataclass

ROWS = ("promenade", "dunes")


@dataclass(frozen=True)
class Hut:
    number: int
    row: str
    weekly_rate: int  # pounds


def read_huts(text: str) -> list[Hut]:
    """The hut register as CSV with a header: number,row,weekly_rate."""
    huts = []
    for record in csv.DictReader(io.StringIO(text.strip())):
        row = record["row"].strip().lower()
        if row not in ROWS:
            raise ValueError(f"hut {record['number']}: unknown row {row!r}")
        huts.append(Hut(int(record["number"]), row, int(record["weekly_rate"])))
    return huts
