from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date

FORMATS = ("print", "ebook", "audio")


@dataclass(frozen=True)
class Entry:
    reader: str
    title: str
    finished: date
    format: str = "print"
    pages: int = 0  # not recorded for audiobooks


def read_log(path: str) -> list[Entry]:
    """Entries from the library's CSV export (reader,title,finished,format,pages)."""
    entries = []
    with open(path, newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            if row["format"] not in FORMATS:
                raise ValueError(f"unknown format {row['format']!r}")
            entries.append(Entry(
                row["reader"].strip(),
                row["title"].strip(),
                date.fromisoformat(row["finished"]),
                row["format"],
                int(row["pages"] or 0),
            ))
    return entries
