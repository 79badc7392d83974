"""Placings and the prize list. Within a class the higher score places higher; equal
scores are split on the finish mark, and entries equal on both share the place."""

from __future__ import annotations

from hedgematch.entries import TIME_ALLOWED, Entry

PRIZES = 3


class Match:
    def __init__(self, entries: list[Entry]) -> None:
        self.entries = list(entries)

    def placings(self, cls: str) -> list[tuple[int, str, int]]:
        """(place, name, score) for everyone in the class, first place first."""
        entered = sorted(
            (e for e in self.entries if e.cls == cls),
            key=lambda e: (-e.marks_awarded, -e.marks.get("finish", 0)),
        )
        placed: list[tuple[int, str, int]] = []
        previous = None
        for position, entry in enumerate(entered, start=1):
            key = (entry.score, entry.marks.get("finish", 0))
            place = placed[-1][0] if key == previous else position
            placed.append((place, entry.name, entry.score))
            previous = key
        return placed

    def prize_list(self) -> list[str]:
        """The prize winners in each class, as read out at the match supper."""
        lines = []
        for cls in TIME_ALLOWED:
            for place, name, score in self.placings(cls):
                if place <= PRIZES:
                    lines.append(f"{cls.title()} {place}: {name} ({score})")
        return lines

    def late_finishers(self) -> list[tuple[str, int]]:
        return sorted((e.name, e.time_penalty) for e in self.entries if e.time_penalty)
