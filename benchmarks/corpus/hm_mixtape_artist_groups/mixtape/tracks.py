"""Tracks as they are typed into the party playlist: `Artist - Title (m:ss)`."""

from __future__ import annotations

import re
from dataclasses import dataclass

LINE = re.compile(r"^(?P<artist>.+?) - (?P<title>.+) \((?P<min>\d+):(?P<sec>[0-5]\d)\)$")


@dataclass(frozen=True)
class Track:
    artist: str
    title: str
    seconds: int


def parse_track(line: str) -> Track:
    match = LINE.match(line.strip())
    if match is None:
        raise ValueError(f"not a track: {line!r}")
    return Track(match["artist"], match["title"], int(match["min"]) * 60 + int(match["sec"]))


def duration(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
