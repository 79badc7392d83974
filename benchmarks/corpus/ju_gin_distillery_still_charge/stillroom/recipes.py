"""Gin recipes as the distiller keeps them: one botanical a line, with its dose in
grams per litre of charge, dry weight, and where it goes:

    juniper 22
    coriander seed 6.5
    pink grapefruit peel 1.2 fresh basket

'fresh' means it is used fresh rather than dried; 'basket' that it sits in the vapour
basket instead of steeping in the pot.
"""

from __future__ import annotations

from dataclasses import dataclass

FLAGS = ("fresh", "basket")


@dataclass(frozen=True)
class Botanical:
    name: str
    grams_per_litre: float
    fresh: bool = False
    basket: bool = False


@dataclass(frozen=True)
class Recipe:
    name: str
    botanicals: tuple[Botanical, ...]


def parse_recipe(name: str, text: str) -> Recipe:
    botanicals = []
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        flags = set()
        while words and words[-1] in FLAGS:
            flags.add(words.pop())
        if len(words) < 2:
            raise ValueError(f"{name}: no botanical and dose in {line.strip()!r}")
        dose = float(words[-1])
        botanicals.append(Botanical(" ".join(words[:-1]), dose, "fresh" in flags, "basket" in flags))
    return Recipe(name, tuple(botanicals))
