"""Entrants of a club tournament."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Player:
    name: str
    rating: int
    club: str = ""


def read_entries(text: str) -> list[Player]:
    """Players from "name, rating[, club]" lines; a name entered twice is an error."""
    players: dict[str, Player] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split(",")]
        name, rating, club = parts[0], int(parts[1]), (parts[2] if len(parts) > 2 else "")
        if name in players:
            raise ValueError(f"{name} entered twice")
        players[name] = Player(name, rating, club)
    return list(players.values())
