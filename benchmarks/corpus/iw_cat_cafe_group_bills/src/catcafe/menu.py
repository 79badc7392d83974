"""The menu board and the cover charge for time in the cat lounge."""

from __future__ import annotations

MENU = {
    "latte": 3.40,
    "tea": 2.20,
    "hot chocolate": 3.60,
    "lemonade": 2.80,
    "brownie": 2.95,
    "scone": 3.25,
    "toastie": 5.50,
}

SLOT_MINUTES = 30
WEEKDAY_SLOT = 6.00
WEEKEND_SLOT = 7.50


def price(item: str) -> float:
    try:
        return MENU[item.strip().lower()]
    except KeyError:
        raise KeyError(f"not on the menu: {item!r}") from None


def cover_charge(minutes: int, weekend: bool = False) -> float:
    """Every started half hour in the lounge is charged; a visit is at least one slot."""
    if minutes < 0:
        raise ValueError("negative visit length")
    slots = max(1, -(-minutes // SLOT_MINUTES))
    return slots * (WEEKEND_SLOT if weekend else WEEKDAY_SLOT)
