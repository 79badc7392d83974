"""Lessons as they come out of the booking calendar's CSV export:

    student,start,minutes,cancelled
    Maya Patel,2024-04-08 16:00,60,
    Tom Reid,2024-04-09 17:30,45,2024-04-09 09:10
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime

STAMP = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class Session:
    student: str
    start: datetime
    minutes: int
    cancelled_at: datetime | None = None


def read_sessions(text: str) -> list[Session]:
    sessions = []
    for row in csv.DictReader(io.StringIO(text)):
        cancelled = row["cancelled"].strip()
        sessions.append(Session(
            student=row["student"].strip(),
            start=datetime.strptime(row["start"].strip(), STAMP),
            minutes=int(row["minutes"]),
            cancelled_at=datetime.strptime(cancelled, STAMP) if cancelled else None,
        ))
    return sessions
