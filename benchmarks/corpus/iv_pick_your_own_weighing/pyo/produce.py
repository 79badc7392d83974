"""The fruit the farm grows, and what it charges for it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Fruit:
    name: str
    pick_price: float  # per kg, picked by the customer
    shop_price: float  # per kg, ready-picked on the farm shop shelf
    first_month: int
    last_month: int


FRUITS = {
    fruit.name: fruit
    for fruit in [
        Fruit("strawberries", 6.50, 9.00, 6, 7),
        Fruit("raspberries", 9.00, 13.50, 7, 9),
        Fruit("gooseberries", 5.00, 7.00, 6, 7),
        Fruit("blackcurrants", 5.50, 8.00, 7, 8),
        Fruit("plums", 3.20, 4.50, 8, 9),
    ]
}


def fruit_named(name: str) -> Fruit:
    try:
        return FRUITS[name.strip().lower()]
    except KeyError:
        raise ValueError(f"we don't grow {name!r}") from None


def in_season(fruit: Fruit, day: date) -> bool:
    return fruit.first_month <= day.month <= fruit.last_month


def open_fields(day: date) -> list[str]:
    """The fruit on the board at the gate today."""
    return sorted(name for name, fruit in FRUITS.items() if in_season(fruit, day))
