"""A fell race course as the organiser writes it up for the timing team:

    # Ennerdale Horseshoe
    CP1 Great Borne
    CP2 Red Pike       cutoff 1:45
    CP3 Pillar         cutoff 3:30

one checkpoint a line, in the order runners must visit them. A cutoff (h:mm) is the
longest a runner may take from the start to reach that checkpoint."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"^(CP\d+)\s+(.+?)(?:\s+cutoff\s+(\d+:\d\d))?$")


@dataclass(frozen=True)
class Checkpoint:
    code: str
    name: str
    cutoff: int | None = None  # seconds from the start


@dataclass
class Course:
    name: str
    checkpoints: list[Checkpoint]


def hours_minutes(text: str) -> int:
    hours, _, minutes = text.partition(":")
    if len(minutes) != 2 or int(minutes) >= 60:
        raise ValueError(f"not h:mm: {text!r}")
    return (int(hours) * 60 + int(minutes)) * 60


def clock(text: str) -> int:
    """A dibber's clock reading 'hh:mm:ss' in seconds after midnight."""
    parts = text.strip().split(":")
    if len(parts) != 3:
        raise ValueError(f"not hh:mm:ss: {text!r}")
    hours, minutes, seconds = (int(part) for part in parts)
    return hours * 3600 + minutes * 60 + seconds


def read_course(text: str) -> Course:
    name = "unnamed"
    checkpoints = []
    for line in text.strip().splitlines():
        line = line.strip()
        if line.startswith("#"):
            name = line.lstrip("# ").strip() or name
            continue
        if not line:
            continue
        match = _LINE.match(line)
        if match is None:
            raise ValueError(f"cannot read checkpoint line {line!r}")
        code, place, cutoff = match.groups()
        checkpoints.append(Checkpoint(code, place, hours_minutes(cutoff) if cutoff else None))
    return Course(name, checkpoints)
