"""Loading the car deck: vehicles drive into lanes one behind the other, with a
safety gap between two vehicles in the same lane."""

from __future__ import annotations

from ferry.vehicles import Vehicle

GAP = 0.5  # metres


class Lane:
    def __init__(self, length: float) -> None:
        self.length = length
        self.vehicles: list[Vehicle] = []

    def used(self) -> float:
        gaps = GAP * max(len(self.vehicles) - 1, 0)
        return sum(vehicle.length for vehicle in self.vehicles) + gaps

    def fits(self, vehicle: Vehicle) -> bool:
        needed = vehicle.length + (GAP if self.vehicles else 0)
        return self.used() + needed <= self.length


def board(queue: list[Vehicle], lanes: list[Lane]) -> list[Vehicle]:
    """Drive the queue on board, each vehicle into the first lane it fits in.

    Vehicles board strictly in queue order: when the vehicle at the front fits in
    no lane, boarding stops, and it waits with everyone behind it for the next
    sailing. Returns the vehicles left waiting."""
    waiting = list(queue)
    while any(lane.fits(waiting[0]) for lane in lanes):
        vehicle = waiting.pop(0)
        lane = next(lane for lane in lanes if lane.fits(vehicle))
        lane.vehicles.append(vehicle)
    return waiting


def manifest(lanes: list[Lane]) -> list[list[str]]:
    return [[vehicle.plate for vehicle in lane.vehicles] for lane in lanes]
