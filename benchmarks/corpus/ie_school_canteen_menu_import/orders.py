from __future__ import annotations

from menu import Menu


def safe_dishes(menu: Menu, allergies: set[str]) -> list[str]:
    """Names of the dishes a pupil with these allergies can have, alphabetically."""
    avoid = {a.lower() for a in allergies}
    return sorted(d.name for d in menu.dishes.values() if not d.allergens & avoid)


def order_total(menu: Menu, names: list[str]) -> int:
    """Total in pence; dish names are matched regardless of case."""
    return sum(menu.dishes[name.strip().lower()].pence for name in names)
