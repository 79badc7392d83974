"""Repair jobs booked in at the clock workshop."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Part:
    name: str
    cost: float  # what the workshop paid the supplier
    price: float  # what the customer is charged
    quantity: int = 1


@dataclass
class Job:
    ticket: int
    customer: str
    clock: str
    hours: float = 0.0
    parts: list[Part] = field(default_factory=list)
    estimate: float | None = None

    def add_part(self, part: Part) -> None:
        for i, existing in enumerate(self.parts):
            if existing.name == part.name and existing.price == part.price:
                self.parts[i] = Part(part.name, part.cost, part.price, existing.quantity + part.quantity)
                return
        self.parts.append(part)
