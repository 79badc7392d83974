"""Events as the services log them: one JSON object a line."""

from __future__ import annotations

import json


def parse_events(lines: list[str]) -> tuple[list[dict], int]:
    """The events, and how many lines were not a JSON object."""
    events, bad = [], 0
    for line in lines:
        line = line.strip()
        if not line:
            continue
        try:
            event = json.loads(line)
        except json.JSONDecodeError:
            bad += 1
            continue
        if isinstance(event, dict):
            events.append(event)
        else:
            bad += 1
    return events, bad


def by_kind(events: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for event in events:
        groups.setdefault(event.get("kind", "unknown"), []).append(event)
    return groups
