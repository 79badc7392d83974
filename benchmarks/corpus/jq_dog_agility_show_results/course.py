"""Courses at the club's agility show. The judge walks and measures each course and
sets the standard course time (SCT) from the class's speed, in whole seconds."""

from __future__ import annotations

import math
from dataclasses import dataclass

# metres a second a dog is expected to hold round the course
SPEED = {"agility": 3.5, "jumping": 4.0, "steeplechase": 4.5}


@dataclass(frozen=True)
class Course:
    name: str
    kind: str
    length_m: float

    @property
    def sct(self) -> int:
        """Standard course time, rounded up to the whole second."""
        if self.kind not in SPEED:
            raise ValueError(f"{self.name}: no such class {self.kind!r}")
        return math.ceil(self.length_m / SPEED[self.kind])
