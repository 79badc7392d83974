from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Room:
    name: str
    min_players: int
    max_players: int
    minimum_age: int = 0
    closed: bool = False


@dataclass(frozen=True)
class Party:
    lead: str
    size: int
    youngest_age: int = 18
