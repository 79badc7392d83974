from __future__ import annotations

from datetime import date

from logbook import Entry

BADGES = [(12, "gold"), (8, "silver"), (4, "bronze")]


def books_counted(entries: list[Entry], reader: str, start: date, end: date) -> list[str]:
    """Titles that count towards `reader`'s summer challenge, in the order finished.

    A book counts when the reader finished it between `start` and `end`, both
    days included, whatever its format. Reading the same title again does not
    count twice.
    """
    counted: list[str] = []
    for entry in sorted(entries, key=lambda e: e.finished):
        if entry.reader != reader or entry.title in counted:
            continue
        if start <= entry.finished <= end:
            counted.append(entry.title)
    return counted


def pages_read(entries: list[Entry], reader: str, start: date, end: date) -> int:
    return sum(e.pages for e in entries if e.reader == reader and start <= e.finished <= end)


def badge(count: int) -> str | None:
    for needed, name in BADGES:
        if count >= needed:
            return name
    return None


def leaderboard(entries: list[Entry], start: date, end: date) -> list[tuple[str, int]]:
    readers = sorted({e.reader for e in entries})
    counts = [(r, len(books_counted(entries, r, start, end))) for r in readers]
    return sorted(counts, key=lambda rc: -rc[1])
