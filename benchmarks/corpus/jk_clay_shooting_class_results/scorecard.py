"""A shooter's card as the referee marks it on the stands: one character per bird,
X for a kill, 0 for a lost bird, N for a no-bird (a broken or wild throw, thrown
again, so it is not a target). Spaces and '/' between stands are ignored."""

from __future__ import annotations

from dataclasses import dataclass, field

TARGETS_PER_ROUND = 25


def parse_marks(marks: str) -> list[bool]:
    """The targets shot, in order, True for a kill."""
    shots = []
    for ch in marks.upper():
        if ch in " /":
            continue
        if ch == "X":
            shots.append(True)
        elif ch == "0":
            shots.append(False)
        elif ch != "N":
            raise ValueError(f"unknown mark {ch!r}")
    return shots


@dataclass
class Card:
    name: str
    category: str
    shots: list[bool] = field(default_factory=list)

    @property
    def kills(self) -> int:
        return sum(self.shots)

    @property
    def complete(self) -> bool:
        return len(self.shots) == TARGETS_PER_ROUND

    @property
    def first_miss(self) -> int:
        """How far the shooter went before losing a bird: the countback on equal scores."""
        return self.shots.index(False) if False in self.shots else len(self.shots)
