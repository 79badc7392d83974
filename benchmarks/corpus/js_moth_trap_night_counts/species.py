"""The garden moth list: the names we record under, and the ones people write instead."""

from __future__ import annotations

SPECIES = {
    "Large Yellow Underwing": "resident",
    "Heart and Dart": "resident",
    "Setaceous Hebrew Character": "resident",
    "Elephant Hawk-moth": "resident",
    "Silver Y": "migrant",
    "Hummingbird Hawk-moth": "migrant",
    "Rush Veneer": "migrant",
    "Common Footman": "resident",
}
ALIASES = {
    "lyu": "Large Yellow Underwing",
    "h&d": "Heart and Dart",
    "shc": "Setaceous Hebrew Character",
    "elephant hawk": "Elephant Hawk-moth",
    "hummingbird hawk": "Hummingbird Hawk-moth",
}


def canonical(name: str) -> str:
    """The recording name for what was written in the log, any case, or an alias."""
    key = " ".join(name.split()).lower()
    if key in ALIASES:
        return ALIASES[key]
    for known in SPECIES:
        if known.lower() == key:
            return known
    raise KeyError(f"not on the garden list: {name!r}")
