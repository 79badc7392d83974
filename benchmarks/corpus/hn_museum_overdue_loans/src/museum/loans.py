"""Objects the museum lends to other institutions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Loan:
    object_id: str
    borrower: str
    lent_on: date
    due_back: date
    returned_on: date | None = None

    def __post_init__(self) -> None:
        if self.due_back < self.lent_on:
            raise ValueError(f"{self.object_id}: due back before it was lent")

    @property
    def out(self) -> bool:
        return self.returned_on is None
