"""The hedgehogs in care and their weigh-ins."""

from __future__ import annotations

from datetime import date

RELEASE_WEIGHT_G = 600
HOGLET_WEIGHT_G = 300  # below this they are still on kitten milk and soaked biscuits


class Hedgehog:
    def __init__(self, name: str, admitted: date, weight_g: int, pen: str = ""):
        self.name = name
        self.admitted = admitted
        self.pen = pen
        self.weighings: list[tuple[date, int]] = [(admitted, weight_g)]
        self.on_fluids = False

    def weigh(self, day: date, weight_g: int) -> int:
        """Record a weigh-in and return the change since the last one."""
        change = weight_g - self.weight
        self.weighings.append((day, weight_g))
        return change

    @property
    def weight(self) -> int:
        return self.weighings[-1][1]

    @property
    def hoglet(self) -> bool:
        return self.weight < HOGLET_WEIGHT_G

    def ready_for_release(self) -> bool:
        """At release weight, not on fluids, and not lost weight at the last weigh-in."""
        if self.on_fluids or self.weight < RELEASE_WEIGHT_G:
            return False
        return len(self.weighings) < 2 or self.weighings[-1][1] >= self.weighings[-2][1]
