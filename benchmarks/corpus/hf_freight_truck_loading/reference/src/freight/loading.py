"""Putting the day's parcels on the trucks."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from .parcels import Parcel, loading_order


@dataclass
class Truck:
    plate: str
    capacity_kg: float
    load: list[Parcel] = field(default_factory=list)

    @property
    def load_kg(self) -> float:
        return sum(parcel.weight_kg for parcel in self.load)


def load_trucks(parcels: list[Parcel], trucks: list[Truck]) -> list[Parcel]:
    """Loads the parcels in loading order onto the trucks, one truck after the other: a
    truck leaves as soon as the next parcel would take it over its capacity. Returns
    the parcels left on the dock."""
    queue = deque(loading_order(parcels))
    for truck in trucks:
        while queue and truck.load_kg + queue[0].weight_kg <= truck.capacity_kg:
            truck.load.append(queue.popleft())
    return list(queue)


def manifest_by_truck(trucks: list[Truck]) -> dict[str, list[str]]:
    return {truck.plate: [parcel.ref for parcel in truck.load] for truck in trucks}
