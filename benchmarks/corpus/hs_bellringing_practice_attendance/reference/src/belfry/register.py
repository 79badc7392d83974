"""The tower's practice register: who came to which practice night."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


@dataclass
class Practice:
    day: datetime.date
    present: set[str] = field(default_factory=set)
    excused: set[str] = field(default_factory=set)  # sent apologies in advance
    cancelled: bool = False


class Register:
    def __init__(self, ringers: list[str]) -> None:
        self.ringers = list(ringers)
        self.practices: list[Practice] = []

    def add(self, practice: Practice) -> None:
        if any(held.day == practice.day for held in self.practices):
            raise ValueError(f"{practice.day} is in the register already")
        unknown = (practice.present | practice.excused) - set(self.ringers)
        if unknown:
            raise ValueError(f"not in the band: {', '.join(sorted(unknown))}")
        self.practices.append(practice)

    def attendance(self, ringer: str) -> float:
        """The share of practices the ringer came to, leaving out cancelled ones
        and those they were excused from; 1.0 while none of them counts yet."""
        counted = came = 0
        for practice in self.practices:
            if practice.cancelled or ringer in practice.excused:
                continue
            counted += 1
            if ringer in practice.present:
                came += 1
        return came / counted if counted else 1.0

    def service_band(self, threshold: float = 0.75) -> list[str]:
        """Ringers at or above the threshold, who ring for Sunday service."""
        return sorted(ringer for ringer in self.ringers if self.attendance(ringer) >= threshold)
