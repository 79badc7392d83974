"""How many batches of pizza dough to mix each morning."""

from __future__ import annotations

import math

from .recipes import Recipe


def mixing_plan(orders: list[tuple[str, int]], recipe: Recipe, batch_grams: int) -> list[tuple[str, int]]:
    """(day, batches) for each day's expected pizzas, in order. The mixer makes
    batch_grams of dough a batch. Dough left over from a day's batches is kept in the
    fridge overnight and used first the next day; anything older is thrown away."""
    plan = []
    spare = 0
    for day, pizzas in orders:
        needed = pizzas * recipe.dough_grams
        from_spare = min(spare, needed)
        batches = math.ceil((needed - from_spare) / batch_grams)
        plan.append((day, batches))
        spare = batches * batch_grams - (needed - from_spare)
    return plan


def flour_order(plan: list[tuple[str, int]], recipe: Recipe, batch_grams: int) -> int:
    """Kilograms of flour for the whole plan, in whole 25 kg sacks."""
    dough = sum(batches for _, batches in plan) * batch_grams
    kilos = recipe.flour_grams(dough) / 1000
    return math.ceil(kilos / 25) * 25
