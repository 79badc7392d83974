"""The display script, as the designer writes it against the soundtrack.

One segment a line: start and end time (m:ss), the firing rack, how many shots, and a
name for the crew. '#' starts a note.

    0:00 0:12 A 6 Opening comets
    0:10 0:20 B 4 Crossette fans
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    start: float  # seconds into the soundtrack
    end: float
    rack: str
    shots: int
    name: str


def seconds(text: str) -> float:
    minutes, _, secs = text.partition(":")
    return int(minutes) * 60 + float(secs)


def parse_script(text: str) -> list[Segment]:
    segments = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split(maxsplit=4)
        if len(parts) < 4:
            raise ValueError(f"line {number}: expected 'start end rack shots name'")
        start, end = seconds(parts[0]), seconds(parts[1])
        if end < start:
            raise ValueError(f"line {number}: segment ends before it starts")
        name = parts[4] if len(parts) == 5 else ""
        segments.append(Segment(start, end, parts[2].upper(), int(parts[3]), name))
    return segments
