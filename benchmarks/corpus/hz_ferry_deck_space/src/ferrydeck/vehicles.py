"""Vehicles as the check-in booth records them."""

from __future__ import annotations

from dataclasses import dataclass

CAR_HEIGHT_LIMIT = 2.0  # metres; anything taller only fits under the open part of the deck


@dataclass(frozen=True)
class Vehicle:
    plate: str
    length: float  # metres, bumper to bumper, trailer included
    height: float  # metres

    def is_tall(self) -> bool:
        return self.height > CAR_HEIGHT_LIMIT


def read_manifest(text: str) -> list[Vehicle]:
    """One vehicle a line: plate, length and height, e.g. `AB12 CDE 4.4 1.5`.
    Blank lines and lines starting with # are skipped."""
    vehicles = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        *plate, length, height = line.split()
        vehicles.append(Vehicle(" ".join(plate), float(length), float(height)))
    return vehicles
