from __future__ import annotations

from dataclasses import dataclass

SPEED_RATINGS = "QRSTHVWY"  # slowest to fastest


@dataclass
class Tyre:
    code: str
    size: str  # e.g. "205/55 R16"
    load_index: int
    speed_rating: str
    in_stock: int


def suitable(tyre: Tyre, size: str, min_load: int, min_speed: str) -> bool:
    """A tyre may go on a car if it is the car's size and at least its load index and speed rating."""
    return (
        tyre.size == size
        and tyre.load_index >= min_load
        and SPEED_RATINGS.index(tyre.speed_rating) >= SPEED_RATINGS.index(min_speed)
    )


def take(tyre: Tyre, count: int) -> None:
    if count > tyre.in_stock:
        raise ValueError(f"only {tyre.in_stock} of {tyre.code} in stock")
    tyre.in_stock -= count
