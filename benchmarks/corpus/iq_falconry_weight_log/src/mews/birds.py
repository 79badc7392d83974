"""The birds in the mews and the weights they fly at."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bird:
    name: str
    species: str
    flying_weight: int  # grams
    band: int = 10  # grams either side of the flying weight that are still fine to fly

    def condition(self, grams: int) -> str:
        """'low' under the band, 'fly' inside it, 'high' above it."""
        if grams < self.flying_weight - self.band:
            return "low"
        if grams > self.flying_weight + self.band:
            return "high"
        return "fly"
