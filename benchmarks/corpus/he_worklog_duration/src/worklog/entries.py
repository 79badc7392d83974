"""The work log: one line per stretch of work, '2024-03-04  website  1h30m  fixed the menu'."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .durations import format_duration, parse_duration


@dataclass(frozen=True)
class Entry:
    day: date
    project: str
    minutes: int
    note: str = ""


def parse_line(line: str) -> Entry:
    parts = line.split(maxsplit=3)
    if len(parts) < 3:
        raise ValueError(f"expected a date, a project and a duration: {line!r}")
    note = parts[3].strip() if len(parts) > 3 else ""
    return Entry(date.fromisoformat(parts[0]), parts[1].lower(), parse_duration(parts[2]), note)


def read_log(text: str) -> list[Entry]:
    """The entries of a log; blank lines and lines starting with '#' are skipped."""
    entries = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        entries.append(parse_line(line))
    return entries


def totals_by_project(entries: list[Entry]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for entry in entries:
        totals[entry.project] = totals.get(entry.project, 0) + entry.minutes
    return totals


def report(entries: list[Entry]) -> list[str]:
    """'project: 3h30m' lines, most time first."""
    totals = totals_by_project(entries)
    ordered = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    return [f"{project}: {format_duration(minutes)}" for project, minutes in ordered]
