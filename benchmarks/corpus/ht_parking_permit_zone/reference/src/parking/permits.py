"""Residents' parking permits, as exported by the council's permit system:

    number; plate; zones; first day; last day
    P-1001; AB12 CDE; Z1,Z3; 2024-01-01; 2024-06-30
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date


def normalise_plate(plate: str) -> str:
    return "".join(plate.split()).upper()


@dataclass(frozen=True)
class Permit:
    number: str
    plate: str
    zones: frozenset[str]
    start: date
    end: date


def parse_permit(line: str) -> Permit:
    number, plate, zones, start, end = (part.strip() for part in line.split(";"))
    permit = Permit(
        number=number,
        plate=normalise_plate(plate),
        zones=frozenset(zone.strip().upper() for zone in zones.split(",") if zone.strip()),
        start=date.fromisoformat(start),
        end=date.fromisoformat(end),
    )
    if permit.end < permit.start or not permit.zones:
        raise ValueError(f"bad permit: {line!r}")
    return permit


class PermitRegistry:
    def __init__(self, permits: list[Permit] = ()) -> None:
        self._by_plate: dict[str, list[Permit]] = defaultdict(list)
        for permit in permits:
            self.add(permit)

    def add(self, permit: Permit) -> None:
        self._by_plate[normalise_plate(permit.plate)].append(permit)

    def permits_for(self, plate: str) -> list[Permit]:
        return list(self._by_plate.get(normalise_plate(plate), []))

    def find(self, plate: str, zone: str, day: date) -> Permit | None:
        """The first permit that lets this car park in zone on day, if any."""
        for permit in self._by_plate.get(normalise_plate(plate), []):
            if zone in permit.zones and permit.start <= day <= permit.end:
                return permit
        return None
