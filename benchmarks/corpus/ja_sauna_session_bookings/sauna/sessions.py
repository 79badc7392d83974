"""The timetable of sessions at the harbour sauna."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass
class Session:
    start: datetime
    minutes: int
    capacity: int
    members_only: bool = False
    booked: dict[str, int] = field(default_factory=dict)  # booking reference -> people

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)

    def spaces_left(self) -> int:
        return self.capacity - sum(self.booked.values())

    def label(self) -> str:
        kind = "members" if self.members_only else "open"
        return f"{self.start:%a %H:%M} ({self.minutes} min, {kind})"


def week_of_sessions(monday: datetime, hours: list[int], capacity: int = 8) -> list[Session]:
    """Seven days of the usual timetable; the first session of each day is for members."""
    sessions = []
    for day in range(7):
        for i, hour in enumerate(hours):
            start = monday.replace(hour=hour, minute=0) + timedelta(days=day)
            sessions.append(Session(start, 90, capacity, members_only=(i == 0)))
    return sessions
