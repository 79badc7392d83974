"""The boat shed register, kept as a text file by the shed steward."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Boat:
    owner: str
    name: str
    length: float  # metres


def read_register(text: str) -> dict[str, list[Boat]]:
    """Boats by owner, one boat a line: 'owner | boat name | length in m'.
    Lines starting with '#' are the steward's notes."""
    boats: dict[str, list[Boat]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 3:
            raise ValueError(f"line {number}: expected 'owner | boat | length', got {line!r}")
        owner, name, length = parts
        boats.setdefault(owner, []).append(Boat(owner, name, float(length.rstrip("m"))))
    return boats
