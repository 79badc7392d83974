"""The hands I letter in, and what they cost per written character. Copperplate is
slow (every downstroke shaded), uncial quicker, italic quickest."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Script:
    name: str
    per_character: float  # pounds
    gilding_allowed: bool


SCRIPTS = {
    "italic": Script("italic", 0.08, True),
    "copperplate": Script("copperplate", 0.14, True),
    "uncial": Script("uncial", 0.10, False),
    "blackletter": Script("blackletter", 0.16, True),
}


def script_named(name: str) -> Script:
    try:
        return SCRIPTS[name.strip().lower()]
    except KeyError:
        raise ValueError(f"I don't letter in {name!r}") from None
