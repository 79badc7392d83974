"""Timestamps as they appear in video descriptions: m:ss or h:mm:ss."""

from __future__ import annotations


def parse_timestamp(text: str) -> int:
    parts = [int(part) for part in text.split(":")]
    if not 2 <= len(parts) <= 3 or any(part < 0 for part in parts) or any(part >= 60 for part in parts[1:]):
        raise ValueError(f"bad timestamp {text!r}")
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + part
    return seconds


def format_timestamp(seconds: int) -> str:
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
