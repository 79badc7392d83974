"""The loading plan: which lane of the car deck each vehicle drives into."""

from __future__ import annotations

from ferry.vehicles import Vehicle

# Metres left between two vehicles in a lane.
GAP = 0.5


def plan_lanes(vehicles: list[Vehicle], lanes: int, lane_length: float) -> tuple[dict[str, int], list[str]]:
    """Vehicles drive on in booking order. Lorries take the centre lanes (the
    lowest numbers), everything else fills the first lane with room. Returns the
    lane of each vehicle by registration, and the vehicles left on the quay."""
    free = [lane_length] * lanes
    placed: dict[str, int] = {}
    left: list[str] = []
    for vehicle in vehicles:
        needed = vehicle.deck_length + GAP
        choices = range(min(2, lanes)) if vehicle.heavy else range(lanes)
        for lane in choices:
            if free[lane] >= needed:
                placed[vehicle.reg] = lane
                break
        else:
            left.append(vehicle.reg)
    return placed, left


def lane_counts(placed: dict[str, int], lanes: int) -> list[int]:
    counts = [0] * lanes
    for lane in placed.values():
        counts[lane] += 1
    return counts
