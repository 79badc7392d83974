"""What the warehouse stores."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    sku: str
    name: str
    unit_cost: float
    reorder_level: int = 5


class UnknownItem(KeyError):
    """A SKU the warehouse does not stock."""


class OutOfStock(Exception):
    def __init__(self, missing: dict[str, int]) -> None:
        super().__init__(f"short: {missing}")
        self.missing = missing
