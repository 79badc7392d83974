"""The recipes made in the sausage room, with the code that goes in the batch number,
how long a fresh pack keeps, and the allergens the label must show in bold."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Recipe:
    code: str
    shelf_life_days: int
    allergens: tuple[str, ...] = ()


RECIPES = {
    "pork": Recipe("PK", 5, ("sulphites",)),
    "cumberland": Recipe("CU", 5, ("wheat", "sulphites")),
    "pork and leek": Recipe("PL", 4, ("wheat", "sulphites")),
    "lamb and mint": Recipe("LM", 4, ("sulphites",)),
    "gluten free pork": Recipe("GF", 5, ()),
    "venison": Recipe("VN", 3, ("celery", "sulphites")),
}


def recipe(name: str) -> Recipe:
    try:
        return RECIPES[name.strip().lower()]
    except KeyError:
        raise KeyError(f"no recipe called {name!r}") from None
