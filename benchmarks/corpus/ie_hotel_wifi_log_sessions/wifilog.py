"""Reading the guest Wi-Fi controller's log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Event:
    when: datetime
    room: str
    device: str
    kind: str


def parse_line(line: str) -> Event | None:
    """One log line, e.g. `2024-05-01T10:15:00 room=214 device=aa:bb:cc kind=traffic`,
    as an Event; None for a line that is not an event (banners, blank lines)."""
    parts = line.split()
    if len(parts) != 4:
        return None
    try:
        when = datetime.fromisoformat(parts[0])
    except ValueError:
        return None
    fields = dict(part.split("=", 1) for part in parts[1:] if "=" in part)
    if set(fields) != {"room", "device", "kind"}:
        return None
    return Event(when, fields["room"], fields["device"], fields["kind"])


def parse_log(text: str) -> list[Event]:
    return [event for event in map(parse_line, text.splitlines()) if event is not None]
