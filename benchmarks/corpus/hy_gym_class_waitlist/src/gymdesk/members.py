"""Members as the front desk knows them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Member:
    member_id: str
    name: str
    plan: str = "standard"  # "standard", "premium" or "suspended"

    @property
    def can_book(self) -> bool:
        return self.plan != "suspended"
