"""House blend recipes, written in parts by weight, one spice a line:

    # garam masala
    coriander seed = 4
    green cardamom = 1.5
"""

from __future__ import annotations


def parse_recipe(text: str) -> dict[str, float]:
    recipe: dict[str, float] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        spice, sep, parts = line.partition("=")
        spice = spice.strip().lower()
        if not sep or not spice:
            raise ValueError(f"line {number}: expected 'spice = parts'")
        try:
            amount = float(parts)
        except ValueError:
            raise ValueError(f"line {number}: {parts.strip()!r} is not a number of parts") from None
        if amount < 0:
            raise ValueError(f"line {number}: parts cannot be negative")
        recipe[spice] = recipe.get(spice, 0) + amount
    return recipe
