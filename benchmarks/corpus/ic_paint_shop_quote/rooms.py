from __future__ import annotations

from dataclasses import dataclass

DOOR_AREA = 1.9  # m²
WINDOW_AREA = 1.4  # m²


@dataclass(frozen=True)
class Room:
    name: str
    length: float
    width: float
    height: float
    doors: int = 1
    windows: int = 0


def wall_area(room: Room) -> float:
    """Paintable wall area in m²: the four walls less doors and windows."""
    gross = 2 * (room.length + room.width) * room.height
    return max(gross - room.doors * DOOR_AREA - room.windows * WINDOW_AREA, 0.0)


def ceiling_area(room: Room) -> float:
    return room.length * room.width
