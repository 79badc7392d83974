"""The pianos we move and what each takes: the crew, the base charge, the stairs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PianoType:
    name: str
    crew: int
    base: float  # loading, wrapping and unloading, first 10 miles included
    per_flight: float  # each flight of stairs, at either end


PIANOS = {
    "upright": PianoType("upright", 2, 180.0, 25.0),
    "baby grand": PianoType("baby grand", 3, 320.0, 40.0),
    "grand": PianoType("grand", 4, 420.0, 55.0),
    "digital": PianoType("digital", 1, 90.0, 10.0),
}


def piano_type(name: str) -> PianoType:
    """Looks a piano type up the way customers write it on the web form."""
    key = " ".join(name.lower().replace("-", " ").split())
    if key in ("boudoir grand", "concert grand"):
        key = "grand"
    try:
        return PIANOS[key]
    except KeyError:
        raise ValueError(f"we do not move {name!r} pianos") from None
