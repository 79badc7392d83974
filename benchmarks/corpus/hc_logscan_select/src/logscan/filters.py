"""Choosing the entries a report is about."""

from __future__ import annotations

from datetime import datetime

from .parser import LEVELS, Entry


def select(entries: list[Entry], min_level: str = "INFO", components: set[str] | None = None,
           since: datetime | None = None) -> list[Entry]:
    """The entries at min_level or above, from `since` on (when given), of the given
    components (all when None or empty), in their order."""
    floor = LEVELS.index(min_level)
    chosen = []
    for entry in entries:
        if LEVELS.index(entry.level) < floor and (since is not None and entry.timestamp < since):
            continue
        if components and entry.component not in components:
            continue
        chosen.append(entry)
    return chosen
