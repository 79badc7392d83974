"""Guest Wi-Fi sessions, for the front desk's usage report."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from wifilog import Event

IDLE_LIMIT = timedelta(minutes=30)


@dataclass
class Session:
    device: str
    room: str
    start: datetime
    end: datetime
    events: int = 1

    @property
    def minutes(self) -> float:
        return (self.end - self.start).total_seconds() / 60


def sessions(events: list[Event]) -> list[Session]:
    """Group each device's events into sessions. A device's session goes on while
    its events come no more than IDLE_LIMIT after its previous one; a longer gap
    starts a new session. Sessions are listed in order of their start."""
    found: list[Session] = []
    current: dict[str, Session] = {}
    for event in sorted(events, key=lambda e: e.when):
        session = current.get(event.device)
        if session is not None and event.when - session.end <= IDLE_LIMIT:
            session.end = event.when
            session.events += 1
            continue
        session = Session(event.device, event.room, event.when, event.when)
        current[event.device] = session
        found.append(session)
    return found


def minutes_by_room(found: list[Session]) -> dict[str, float]:
    """Total minutes online per room."""
    totals: dict[str, float] = defaultdict(float)
    for session in found:
        totals[session.room] += session.minutes
    return dict(totals)
