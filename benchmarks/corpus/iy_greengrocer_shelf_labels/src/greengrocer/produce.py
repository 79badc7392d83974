"""The produce list the shop keeps in its till."""

from __future__ import annotations

from dataclasses import dataclass

UNIT_TEXT = {"kg": "per kg", "each": "each", "bunch": "per bunch", "punnet": "per punnet"}


@dataclass(frozen=True)
class Produce:
    code: str
    name: str
    unit: str
    price: float
    origin: str

    def __post_init__(self) -> None:
        if self.unit not in UNIT_TEXT:
            raise ValueError(f"unknown unit {self.unit!r}")


def money(amount: float) -> str:
    """Pence under a pound, pounds from there up."""
    if amount < 1:
        return f"{round(amount * 100)}p"
    return f"£{amount:.2f}"
