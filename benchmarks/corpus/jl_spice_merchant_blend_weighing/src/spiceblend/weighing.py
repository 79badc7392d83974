"""Weigh-out sheets for the blending bench."""

from __future__ import annotations

MIN_GRAMS = 0.5  # the bench scale is not trusted below this; it reads to 0.1 g


def weigh_sheet(recipe: dict[str, float], batch_grams: float) -> tuple[list[tuple[str, float]], list[str]]:
    """The weigh-out for one batch of a blend: (spice, grams), heaviest first, and notes
    for the bench. Each spice's share of the batch follows its parts in the recipe,
    rounded to the scale's 0.1 g; a share too small for the scale is made up to
    MIN_GRAMS, with a note, so the blender knows the batch is off the recipe."""
    total_parts = sum(recipe.values())
    if total_parts <= 0:
        raise ValueError("the recipe has no parts")
    if batch_grams <= 0:
        raise ValueError("the batch must weigh something")
    notes = []

    def weigh(spice: str, grams: float) -> float:
        if grams < MIN_GRAMS:
            notes.append(f"{spice}: {grams:.2f} g is too little to weigh, made up to {MIN_GRAMS} g")
        return round(grams, 1)

    sheet = [(spice, weigh(spice, batch_grams * parts / total_parts)) for spice, parts in recipe.items() if parts > 0]
    sheet.sort(key=lambda row: (-row[1], row[0]))
    return sheet, notes


def batch_weight(sheet: list[tuple[str, float]]) -> float:
    return round(sum(grams for _, grams in sheet), 1)


def jar_label(name: str, sheet: list[tuple[str, float]]) -> str:
    """Ingredients by weight, as the label law wants them."""
    return f"{name.upper()}. Ingredients: " + ", ".join(spice for spice, _ in sheet) + "."
