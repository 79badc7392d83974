"""Parsing service log lines such as

    2024-03-01T12:00:05 WARNING [billing] invoice 42 is late
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")

_LINE = re.compile(r"^(?P<ts>\S+)\s+(?P<level>[A-Z]+)\s+\[(?P<component>[\w.-]+)\]\s?(?P<message>.*)$")


@dataclass(frozen=True)
class Entry:
    timestamp: datetime
    level: str
    component: str
    message: str


def parse_line(line: str) -> Entry | None:
    """The entry on the line, or None when it is not a log line (a traceback, a blank)."""
    match = _LINE.match(line.rstrip("\n"))
    if match is None or match["level"] not in LEVELS:
        return None
    try:
        timestamp = datetime.fromisoformat(match["ts"])
    except ValueError:
        return None
    return Entry(timestamp, match["level"], match["component"], match["message"])


def parse_lines(lines) -> list[Entry]:
    return [entry for entry in map(parse_line, lines) if entry is not None]
