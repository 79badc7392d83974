"""A weekly heating schedule: from each listed time on, a target temperature."""

from __future__ import annotations

from datetime import datetime, time

WEEK_MINUTES = 7 * 24 * 60


def week_minute(when: datetime) -> int:
    return (when.weekday() * 24 + when.hour) * 60 + when.minute


class Schedule:
    def __init__(self, changes: dict[tuple[int, time], float]) -> None:
        """changes: (weekday, time of day) -> target from then on (Monday is 0)."""
        if not changes:
            raise ValueError("a schedule needs at least one change")
        self.changes = sorted(((day * 24 + at.hour) * 60 + at.minute, target) for (day, at), target in changes.items())

    @classmethod
    def every_day(cls, changes: dict[time, float]) -> "Schedule":
        return cls({(day, at): target for day in range(7) for at, target in changes.items()})

    def target_at(self, when: datetime) -> float:
        """The target of the last change at or before `when`, going back into the previous week if need be."""
        now = week_minute(when)
        target = self.changes[-1][1]
        for minute, value in self.changes:
            if minute > now:
                break
            target = value
        return target
