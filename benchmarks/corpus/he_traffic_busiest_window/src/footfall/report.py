from __future__ import annotations

from .counts import hourly_counts
from .windows import busiest_window


def staffing_note(lines: list[str], opening: int, closing: int, width: int = 2) -> str:
    counts = hourly_counts(lines, opening, closing)
    start, visits = busiest_window(counts, width)
    first = opening + start
    return f"busiest {first:02d}:00-{first + width:02d}:00 ({visits} visits)"
