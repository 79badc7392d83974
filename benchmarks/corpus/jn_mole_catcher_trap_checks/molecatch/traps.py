"""A mole catcher's round: the traps set in customers' gardens, and which of them
need looking at today."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Trap:
    garden: str
    number: int
    set_on: date
    checked: list[date] = field(default_factory=list)
    catches: list[date] = field(default_factory=list)
    lifted_on: date | None = None

    def last_seen(self) -> date:
        return max(self.checked, default=self.set_on)


class Round:
    def __init__(self, check_every_days: int = 2):
        self.check_every_days = check_every_days
        self.traps: dict[tuple[str, int], Trap] = {}

    def set_trap(self, garden: str, number: int, day: date) -> Trap:
        old = self.traps.get((garden, number))
        if old is not None and old.lifted_on is None:
            raise ValueError(f"trap {number} is already down at {garden}")
        trap = Trap(garden, number, day)
        self.traps[(garden, number)] = trap
        return trap

    def check(self, garden: str, number: int, day: date, caught: bool = False) -> None:
        trap = self.traps[(garden, number)]
        trap.checked.append(day)
        if caught:
            trap.catches.append(day)

    def lift(self, garden: str, number: int, day: date) -> None:
        self.traps[(garden, number)].lifted_on = day

    def due(self, today: date) -> list[tuple[str, int]]:
        """The traps to look at today, by garden and trap number: those still in the
        ground that nobody has looked at for check_every_days days or more."""
        due = []
        for (garden, number), trap in self.traps.items():
            if (today - trap.last_seen()).days >= self.check_every_days:
                due.append((garden, number))
        return sorted(due)

    def gardens(self) -> list[str]:
        return sorted({garden for garden, _ in self.traps})
