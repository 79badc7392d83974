"""Summaries of a log."""

from __future__ import annotations

from collections import Counter

from .filters import select
from .parser import Entry


def count_by_component(entries: list[Entry], min_level: str = "WARNING") -> dict[str, int]:
    counts = Counter(entry.component for entry in select(entries, min_level))
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def first_error(entries: list[Entry]) -> str | None:
    errors = select(entries, "ERROR")
    return f"{errors[0].timestamp.isoformat()} {errors[0].message}" if errors else None
