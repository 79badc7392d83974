from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    owner: str
    pages: int
    copies: int = 1
    duplex: bool = False

    @property
    def sheets(self) -> int:
        per_copy = math.ceil(self.pages / 2) if self.duplex else self.pages
        return per_copy * self.copies
