"""Where the loading crew sends each vehicle on the car deck."""

from __future__ import annotations

from dataclasses import dataclass, field

from ferrydeck.vehicles import Vehicle

GAP = 0.5  # metres left free behind every vehicle in a lane


@dataclass
class Lane:
    number: int
    length: float  # metres
    high: bool  # no mezzanine deck overhead, so vans and lorries fit
    vehicles: list[Vehicle] = field(default_factory=list)

    def used(self) -> float:
        return sum(vehicle.length + GAP for vehicle in self.vehicles)

    def room(self) -> float:
        return self.length - self.used()


class Deck:
    def __init__(self, lanes: list[Lane]) -> None:
        self.lanes = lanes

    @classmethod
    def from_plan(cls, plan: str) -> Deck:
        """Lane lengths in loading order, `H` in front of a high lane: "40 40 H60"."""
        lanes = []
        for number, word in enumerate(plan.split(), start=1):
            high = word.upper().startswith("H")
            lanes.append(Lane(number, float(word.lstrip("Hh")), high))
        return cls(lanes)

    def place(self, vehicle: Vehicle) -> int | None:
        """Sends the vehicle to the first lane, in loading order, with room for it
        (and the gap behind it); tall vehicles only go in high lanes. Returns the lane
        number, or None when there is no lane for it."""
        for lane in self.lanes:
            if lane.room() >= vehicle.length + GAP:
                lane.vehicles.append(vehicle)
                return lane.number
        return None

    def load(self, vehicles: list[Vehicle]) -> list[str]:
        """Places the vehicles in the order they queue; returns the plates turned away."""
        return [vehicle.plate for vehicle in vehicles if self.place(vehicle) is None]

    def occupancy(self) -> dict[int, float]:
        """Metres used in each lane."""
        return {lane.number: round(lane.used(), 2) for lane in self.lanes}
