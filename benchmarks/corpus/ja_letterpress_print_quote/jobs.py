"""A print job as it comes in from the order form."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Job:
    customer: str
    stock: str
    width_mm: int
    height_mm: int
    copies: int
    colours: int = 1
    duplex: bool = False

    def passes(self) -> int:
        """Each colour on each side is one run through the press."""
        return self.colours * (2 if self.duplex else 1)
