"""Durations as people type them in the work log: '90', '1:30', '1h30m', '2h', '45min'."""

from __future__ import annotations

import re

_UNITS = re.compile(r"(?:(?P<hours>\d+)\s*h)?\s*(?:(?P<minutes>\d+)\s*m(?:in)?)?")


def parse_duration(text: str) -> int:
    """Minutes in a duration; ValueError if the text is not one."""
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    if ":" in text:
        hours, _, minutes = text.partition(":")
        if hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and int(minutes) < 60:
            return int(hours) * 60 + int(minutes)
        raise ValueError(f"not a duration: {text!r}")
    match = _UNITS.fullmatch(text)
    if match and (match["hours"] or match["minutes"]):
        minutes = int(match["hours"] or 0) * 60 + int(match["minutes"] or 0)
        return minutes
    raise ValueError(f"not a duration: {text!r}")


def format_duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest}m"
    if not rest:
        return f"{hours}h"
    return f"{hours}h{rest:02d}m"
