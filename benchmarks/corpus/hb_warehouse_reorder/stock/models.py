from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Item:
    sku: str
    on_hand: int
    reorder_point: int
    max_level: int
    case_size: int = 1
    reserved: int = 0
    on_order: int = 0

    @property
    def position(self) -> int:
        """Stock we can count on: what is on the shelf or on its way, less what is promised."""
        return self.on_hand + self.on_order - self.reserved
