"""The visitors' pontoon: its berths and who lies in them."""

from __future__ import annotations

from dataclasses import dataclass

from marina.boats import Boat

CLEARANCE_M = 0.3  # water left under the keel at the lowest tide


class NoBerthError(LookupError):
    pass


@dataclass
class Berth:
    code: str
    length_m: float
    width_m: float
    depth_m: float
    occupied_by: str | None = None

    def fits(self, boat: Boat) -> bool:
        return (
            boat.length_m <= self.length_m
            and boat.beam_m <= self.width_m
            and boat.draft_m + CLEARANCE_M <= self.depth_m
        )


class Harbour:
    def __init__(self, berths: list[Berth]) -> None:
        self.berths = list(berths)

    def assign(self, boat: Boat) -> str:
        """Puts the boat in the shortest free berth it fits (the first listed of
        equally long ones) and returns the berth's code."""
        best = None
        for berth in self.berths:
            if berth.occupied_by is None and berth.fits(boat):
                if best is None or berth.length_m < best.length_m:
                    best = berth
        if best is None:
            raise NoBerthError(f"no free berth for {boat.name}")
        best.occupied_by = boat.name
        return best.code

    def depart(self, name: str) -> str:
        for berth in self.berths:
            if berth.occupied_by == name:
                berth.occupied_by = None
                return berth.code
        raise KeyError(name)

    def berth_of(self, name: str) -> str | None:
        for berth in self.berths:
            if berth.occupied_by == name:
                return berth.code
        return None

    def free_berths(self) -> list[str]:
        return [berth.code for berth in self.berths if berth.occupied_by is None]
