"""The measuring-up notes taken on the home visit, one room a line:

    Lounge 4.6 x 3.8
    Back bedroom 3.2 x 2.9   door bar to lino
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LINE = re.compile(r"^(?P<name>.+?)\s+(?P<length>\d+(?:\.\d+)?)\s*x\s*(?P<width>\d+(?:\.\d+)?)(?:\s+(?P<note>.*))?$")


@dataclass(frozen=True)
class Room:
    name: str
    length: float  # metres, wall to wall
    width: float
    note: str = ""


def read_survey(text: str) -> list[Room]:
    rooms = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        match = LINE.match(line)
        if match is None:
            raise ValueError(f"can't read {line!r}: expected NAME LENGTH x WIDTH")
        rooms.append(Room(match["name"], float(match["length"]), float(match["width"]), match["note"] or ""))
    return rooms
