"""Times of day as minutes after midnight, the way the booking screen shows them."""

from __future__ import annotations

from dataclasses import dataclass


def minutes(text: str) -> int:
    """'09:30' -> 570."""
    hours, _, mins = text.strip().partition(":")
    value = int(hours) * 60 + int(mins)
    if not 0 <= value <= 24 * 60 or not 0 <= int(mins) < 60:
        raise ValueError(f"not a time of day: {text!r}")
    return value


def hhmm(value: int) -> str:
    return f"{value // 60:02d}:{value % 60:02d}"


@dataclass(frozen=True)
class Hours:
    opens: int
    closes: int

    @classmethod
    def parse(cls, text: str) -> "Hours":
        """'10:00-18:00'."""
        start, _, end = text.partition("-")
        hours = cls(minutes(start), minutes(end))
        if hours.closes <= hours.opens:
            raise ValueError(f"closes before it opens: {text!r}")
        return hours
