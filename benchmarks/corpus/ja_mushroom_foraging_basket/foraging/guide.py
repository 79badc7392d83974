"""The group's field guide: what we pick, what we leave, and what needs a second look."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Species:
    name: str
    edible: bool
    has_lookalike: bool  # a poisonous species it can be mistaken for in the field


GUIDE = {
    "chanterelle": Species("chanterelle", True, True),  # false chanterelle, jack o'lantern
    "penny bun": Species("penny bun", True, False),
    "chicken of the woods": Species("chicken of the woods", True, False),
    "field mushroom": Species("field mushroom", True, True),  # yellow stainer
    "shaggy ink cap": Species("shaggy ink cap", True, False),
    "fly agaric": Species("fly agaric", False, False),
    "death cap": Species("death cap", False, False),
}


def lookup(name: str) -> Species | None:
    return GUIDE.get(name.strip().lower())
