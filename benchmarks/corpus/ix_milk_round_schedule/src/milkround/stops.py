"""The round sheet: the streets in the order the float goes round them."""

from __future__ import annotations

from dataclasses import dataclass

PARKING_MINUTES = 2
SECONDS_PER_DOORSTEP = 45


@dataclass(frozen=True)
class Stop:
    street: str
    drive_minutes: int  # from the previous street, or from the dairy for the first
    doorsteps: int

    @property
    def minutes_on_street(self) -> int:
        seconds = self.doorsteps * SECONDS_PER_DOORSTEP
        return PARKING_MINUTES + -(-seconds // 60)


def read_round_sheet(text: str) -> list[Stop]:
    """Lines of 'street, drive minutes, doorsteps'; '#' starts a comment."""
    stops = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        street, drive, doorsteps = (part.strip() for part in line.split(","))
        stops.append(Stop(street, int(drive), int(doorsteps)))
    return stops
