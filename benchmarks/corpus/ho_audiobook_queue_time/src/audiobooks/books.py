"""Audiobooks in the library app, with the running time as the shop lists it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Book:
    isbn: str
    author: str
    title: str
    seconds: int
    added: date


def parse_duration(text: str) -> int:
    """'3723', '62:03' or '1:02:03' -> seconds."""
    parts = [int(part) for part in text.strip().split(":")]
    if not 1 <= len(parts) <= 3 or any(part < 0 for part in parts):
        raise ValueError(f"bad duration {text!r}")
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + part
    return seconds
