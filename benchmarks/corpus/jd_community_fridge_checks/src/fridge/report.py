"""The monthly figures the fridge sends to the council's food waste scheme."""

from __future__ import annotations

from fridge.items import Item


def kilos_by_donor(items: list[Item]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for item in items:
        totals[item.donor] = totals.get(item.donor, 0) + item.grams / 1000
    return {donor: round(kg, 2) for donor, kg in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))}


def kilos_saved(items: list[Item], removed: list[tuple[str, str]]) -> float:
    """Everything donated less what had to be thrown away."""
    wasted = {name for name, _ in removed}
    return round(sum(item.grams for item in items if item.name not in wasted) / 1000, 2)
