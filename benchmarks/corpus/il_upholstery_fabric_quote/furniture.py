"""The panels each kind of piece is cut into, from the workshop's pattern book."""

from __future__ import annotations

from fabric import Panel

PATTERNS = {
    "dining seat": [Panel("seat", 55, 55)],
    "footstool": [Panel("top", 60, 60), Panel("border", 35, 90, 2)],
    "armchair": [
        Panel("inside back", 75, 80),
        Panel("outside back", 75, 70),
        Panel("seat cushion", 65, 65, 2),
        Panel("arm", 40, 90, 2),
    ],
}
LABOUR = {"dining seat": 45.0, "footstool": 70.0, "armchair": 380.0}


def panels_for(piece: str, count: int = 1) -> list[Panel]:
    if piece not in PATTERNS:
        raise KeyError(f"no pattern for {piece!r}")
    if count < 1:
        raise ValueError("count must be at least 1")
    return [Panel(p.name, p.width_cm, p.length_cm, p.count * count) for p in PATTERNS[piece]]
