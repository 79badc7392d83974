"""The care diary: one line per job done on a tree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

ACTIONS = {"water", "feed", "prune", "wire", "unwire", "repot"}


@dataclass(frozen=True)
class Entry:
    day: date
    tree: str
    action: str
    note: str = ""


def parse_diary(text: str) -> list[Entry]:
    """Lines like `2024-04-02 juniper-1 wire  heavy copper on the apex`; # starts a comment."""
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split(maxsplit=3)
        if len(parts) < 3:
            raise ValueError(f"line {number}: expected a date, a tree and an action")
        day, tree, action = parts[:3]
        if action not in ACTIONS:
            raise ValueError(f"line {number}: unknown action {action!r}")
        entries.append(Entry(date.fromisoformat(day), tree, action, parts[3] if len(parts) > 3 else ""))
    return entries


def trees(entries: list[Entry]) -> list[str]:
    return sorted({entry.tree for entry in entries})
