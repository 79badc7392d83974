"""The phases of a standard trial course, in running order, and what each is worth."""

from __future__ import annotations

PHASES = ("outrun", "lift", "fetch", "drive", "shed", "pen")

MAX_POINTS = {
    "outrun": 20,
    "lift": 10,
    "fetch": 20,
    "drive": 30,
    "shed": 10,
    "pen": 10,
}

# Ties are split on the outwork: the points kept on the way out to the sheep and back.
OUTWORK = ("outrun", "lift", "fetch")

TOTAL = sum(MAX_POINTS.values())


def check_phase(name: str) -> None:
    if name not in MAX_POINTS:
        raise ValueError(f"unknown phase {name!r}")


def phases_from(name: str) -> tuple[str, ...]:
    """The phase and every phase run after it."""
    check_phase(name)
    return PHASES[PHASES.index(name):]
