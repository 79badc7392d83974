from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from .tariff import Ticket, parking_fee


class GarageFull(Exception):
    pass


class Garage:
    def __init__(self, spaces: int) -> None:
        self.spaces = spaces
        self.parked: dict[str, Ticket] = {}
        self.takings = Decimal("0.00")

    @property
    def free_spaces(self) -> int:
        return self.spaces - len(self.parked)

    def enter(self, plate: str, at: datetime) -> Ticket:
        plate = plate.upper().replace(" ", "")
        if plate in self.parked:
            raise ValueError(f"{plate} is already inside")
        if self.free_spaces == 0:
            raise GarageFull(plate)
        ticket = Ticket(plate, at)
        self.parked[plate] = ticket
        return ticket

    def leave(self, plate: str, at: datetime) -> Decimal:
        plate = plate.upper().replace(" ", "")
        ticket = self.parked.get(plate)
        if ticket is None:
            raise KeyError(plate)
        fee = parking_fee(ticket.entered, at)
        self.takings += fee
        return fee
