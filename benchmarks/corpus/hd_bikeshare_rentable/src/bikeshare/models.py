from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Bike:
    id: str
    battery: int  # percent
    in_repair: bool = False
    rented_by: str | None = None

    @property
    def available(self) -> bool:
        return self.rented_by is None and not self.in_repair


@dataclass
class Station:
    name: str
    docks: int
    bikes: list[Bike] = field(default_factory=list)

    def dock(self, bike: Bike) -> None:
        if len(self.bikes) >= self.docks:
            raise ValueError(f"{self.name} is full")
        self.bikes.append(bike)

    def free_docks(self) -> int:
        return self.docks - len(self.bikes)
