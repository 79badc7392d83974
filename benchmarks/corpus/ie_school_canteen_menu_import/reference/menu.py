"""The week's menu, as the kitchen exports it from the spreadsheet."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Dish:
    name: str
    pence: int
    allergens: frozenset[str] = frozenset()


@dataclass
class Menu:
    dishes: dict[str, Dish] = field(default_factory=dict)
    rejected: list[int] = field(default_factory=list)


def parse_price(text: str) -> int:
    """A price as pence: `2.35`, `£2.35` and `235p` are all 235."""
    text = text.strip()
    if text.endswith("p"):
        pence = int(text[:-1])
    else:
        pence = round(float(text.removeprefix("£")) * 100)
    if pence < 0:
        raise ValueError(f"negative price {text!r}")
    return pence


def parse_menu(text: str) -> Menu:
    """Read the menu file: one dish a line, as `name; price; allergens`, the
    allergens comma-separated and optional. Blank lines and `#` comments are
    ignored. A line that cannot be read is left out and its line number is kept
    in `rejected`, so the kitchen can fix it; the rest of the menu still loads."""
    menu = Menu()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split(";")
        try:
            name = fields[0].strip()
            pence = parse_price(fields[1])
        except (IndexError, ValueError):
            menu.rejected.append(number)
            continue
        allergens = fields[2].split(",") if len(fields) > 2 else []
        menu.dishes[name.lower()] = Dish(name, pence, frozenset(a.strip().lower() for a in allergens if a.strip()))
    return menu
