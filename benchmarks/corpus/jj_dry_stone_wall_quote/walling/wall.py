"""A length of dry stone wall as the waller measures it up."""

from __future__ import annotations

from dataclasses import dataclass

GATEWAY_M = 3.0  # a field gateway, between its two heads
STILE_M = 0.5  # a squeeze stile


@dataclass(frozen=True)
class Wall:
    length_m: float  # end to end along the line of the wall, gaps included
    height_m: float  # to the top of the copes
    gateways: int = 0
    stiles: int = 0
    double: bool = True  # two faces with hearting between; single walls are a field face against a bank

    def __post_init__(self):
        if self.length_m <= 0 or not 0.5 <= self.height_m <= 2.0:
            raise ValueError("walls are 0.5 m to 2 m high, and need a length")
        if self.gaps_m() >= self.length_m:
            raise ValueError("more gateway than wall")

    def gaps_m(self) -> float:
        return self.gateways * GATEWAY_M + self.stiles * STILE_M

    def built_m(self) -> float:
        """Length of wall actually built: the gateways and stiles are left open."""
        return self.length_m - self.gaps_m()

    def face_m2(self) -> float:
        faces = 2 if self.double else 1
        return self.built_m() * self.height_m * faces

    def heads(self) -> int:
        """Wall ends built square with long stones: the two ends, and both sides of every gap."""
        return 2 + 2 * (self.gateways + self.stiles)
