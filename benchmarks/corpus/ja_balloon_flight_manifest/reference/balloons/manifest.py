"""Putting passengers in baskets for a morning's flights."""

from __future__ import annotations

from dataclasses import dataclass

from balloons.fleet import Balloon, Pilot


@dataclass(frozen=True)
class Passenger:
    name: str
    weight_kg: float
    voucher: str


class Flight:
    def __init__(self, balloon: Balloon, pilot: Pilot):
        self.balloon = balloon
        self.pilot = pilot
        self.passengers: list[Passenger] = []

    def load_kg(self) -> float:
        return self.balloon.fuel_kg + self.pilot.weight_kg + sum(p.weight_kg for p in self.passengers)

    def board(self, passenger: Passenger) -> bool:
        """Put the passenger in the basket if there is a place for them and the load
        stays within the balloon's limit (the limit itself is allowed)."""
        if len(self.passengers) >= self.balloon.seats:
            return False
        if self.load_kg() + passenger.weight_kg > self.balloon.max_load_kg:
            return False
        self.passengers.append(passenger)
        return True

    def spare_kg(self) -> float:
        return round(self.balloon.max_load_kg - self.load_kg(), 1)


def plan_morning(flights: list[Flight], passengers: list[Passenger]) -> list[str]:
    """Board the passengers heaviest first, each in the first flight that takes them;
    returns the names of those who could not fly, in the order they were given."""
    left = []
    for passenger in sorted(passengers, key=lambda p: -p.weight_kg):
        if not any(flight.board(passenger) for flight in flights):
            left.append(passenger)
    return [p.name for p in passengers if p in left]
