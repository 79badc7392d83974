"""Checks that a log line must pass."""

from __future__ import annotations

import re

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
_LINE = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}) +(\w+) +(.*)$")


def parse_line(line: str) -> tuple[str, str, str] | None:
    """(timestamp, level, message), or None when the line does not look like a log line."""
    match = _LINE.match(line.rstrip("\n"))
    return match.groups() if match else None


def problems(line: str, max_length: int = 120) -> list[str]:
    parsed = parse_line(line)
    if parsed is None:
        return ["not a log line"]
    _, level, message = parsed
    found = []
    if level not in LEVELS:
        found.append(f"unknown level {level}")
    if len(line.rstrip("\n")) > max_length:
        found.append("line too long")
    if not message.strip():
        found.append("empty message")
    return found
