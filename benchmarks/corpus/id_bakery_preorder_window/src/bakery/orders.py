from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Preorder:
    customer: str
    pickup: date
    items: dict[str, int] = field(default_factory=dict)

    @property
    def loaves(self) -> int:
        return sum(self.items.values())
