"""The fast clock: layout time runs `ratio` times faster than the clock on the clubroom wall."""

from __future__ import annotations

MINUTES_PER_DAY = 24 * 60


def to_minutes(text: str) -> int:
    """'HH:MM' as minutes after midnight."""
    hours, _, minutes = text.strip().partition(":")
    if not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError(f"not a time: {text!r}")
    total = int(hours) * 60 + int(minutes)
    if int(hours) > 23 or int(minutes) > 59:
        raise ValueError(f"not a time: {text!r}")
    return total


def to_text(minutes: int) -> str:
    minutes %= MINUTES_PER_DAY
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class FastClock:
    def __init__(self, ratio: int, start: str):
        if ratio < 1:
            raise ValueError("the fast clock cannot run slow")
        self.ratio = ratio
        self.start = to_minutes(start)

    def layout_time(self, real_minutes: float) -> str:
        """Layout time after `real_minutes` of the session, to the whole layout minute."""
        return to_text(self.start + int(real_minutes * self.ratio))
