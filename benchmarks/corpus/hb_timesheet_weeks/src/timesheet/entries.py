"""Timesheet lines: `2024-03-04  7.5  project  optional note`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Entry:
    day: date
    hours: float
    project: str
    note: str = ""


def parse_line(line: str) -> Entry | None:
    line = line.split("#", 1)[0].strip()
    if not line:
        return None
    parts = line.split(None, 3)
    if len(parts) < 3:
        raise ValueError(f"expected DATE HOURS PROJECT: {line!r}")
    day, hours, project = date.fromisoformat(parts[0]), float(parts[1]), parts[2]
    if not 0 < hours <= 24:
        raise ValueError(f"hours out of range: {hours}")
    return Entry(day, hours, project, parts[3] if len(parts) > 3 else "")


def parse(text: str) -> list[Entry]:
    return [entry for entry in map(parse_line, text.splitlines()) if entry is not None]
