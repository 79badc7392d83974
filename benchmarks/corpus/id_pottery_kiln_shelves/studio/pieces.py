from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    owner: str
    name: str
    width_cm: int
    glazed: bool = False

    @property
    def label(self) -> str:
        return f"{self.owner}/{self.name}"


@dataclass
class FiringPlan:
    shelves: list[list[str]]
    left_out: list[str]

    @property
    def shelves_used(self) -> int:
        return len(self.shelves)
