"""The choir's register: who sings which part and who came to which rehearsal."""

from __future__ import annotations

from dataclasses import dataclass, field

PARTS = ("soprano", "alto", "tenor", "bass")


@dataclass
class Singer:
    name: str
    part: str
    attended: set[str] = field(default_factory=set)  # rehearsal dates, "2024-03-05"
    on_leave: bool = False
    subs_paid: bool = True

    def attendance(self, rehearsals: list[str]) -> float:
        """The share of these rehearsals the singer came to (1.0 when there were none)."""
        if not rehearsals:
            return 1.0
        return sum(1 for day in rehearsals if day in self.attended) / len(rehearsals)
