"""Putting groups on the Caravan's loads.

A load takes SEATS jumpers and MAX_KG of jumpers and kit, and a group is never split
between loads. A group called to the desk goes on the first load still on the ground
that has room for it; when none has, a new load is opened for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dropzone.jumpers import Group

SEATS = 10
MAX_KG = 1000
# Formations leave the door first, then the AFF students, tandems last and lowest.
EXIT_ORDER = {"fun": 0, "aff": 1, "tandem": 2}


@dataclass
class Load:
    number: int
    groups: list[Group] = field(default_factory=list)
    airborne: bool = False

    @property
    def seats_taken(self) -> int:
        return sum(group.seats for group in self.groups)

    @property
    def weight(self) -> float:
        return sum(group.weight for group in self.groups)

    def has_room_for(self, group: Group) -> bool:
        return self.seats_taken + group.seats <= SEATS and self.weight + group.weight <= MAX_KG


class Manifest:
    def __init__(self) -> None:
        self.loads: list[Load] = []

    def place(self, group: Group) -> int:
        """Put the group on a load; the load's number."""
        if group.seats > SEATS or group.weight > MAX_KG:
            raise ValueError(f"{group.name} will not fit on one load")
        for load in self.loads:
            if not load.airborne and load.has_room_for(group):
                load.groups.append(group)
                return load.number
        load = Load(len(self.loads) + 1, [group])
        self.loads.append(load)
        return load.number

    def load(self, number: int) -> Load:
        if not 1 <= number <= len(self.loads):
            raise ValueError(f"there is no load {number}")
        return self.loads[number - 1]

    def take_off(self, number: int) -> None:
        load = self.load(number)
        if load.airborne:
            raise ValueError(f"load {number} has already gone")
        load.airborne = True

    def exit_order(self, number: int) -> list[str]:
        """The groups on a load in the order they leave the door: by kind, and the
        bigger formations first within a kind."""
        groups = sorted(self.load(number).groups, key=lambda g: (EXIT_ORDER[g.kind], -g.seats))
        return [f"{group.name} ({group.kind}, {group.seats})" for group in groups]

    def on_the_ground(self) -> list[tuple[int, int, float]]:
        """(load, seats free, kg to spare) for every load still waiting to go."""
        return [
            (load.number, SEATS - load.seats_taken, MAX_KG - load.weight)
            for load in self.loads
            if not load.airborne
        ]
