"""Winter storage ashore: booking boats into the yard and quoting for the season."""

from __future__ import annotations

from dataclasses import dataclass

from boatyard.rates import Rates


@dataclass
class Boat:
    name: str
    length_ft: float
    owner: str
    member: bool = False
    unstep_mast: bool = False


class YardFull(Exception):
    pass


class Yard:
    def __init__(self, spaces: int, rates: Rates | None = None):
        self.spaces = spaces
        self.rates = rates or Rates()
        self.booked: dict[str, tuple[Boat, int]] = {}

    def book(self, boat: Boat, months: int) -> float:
        """Book the boat in for `months` and return its quote."""
        if boat.name in self.booked:
            raise ValueError(f"{boat.name} is already booked in")
        if len(self.booked) >= self.spaces:
            raise YardFull(boat.name)
        self.booked[boat.name] = (boat, months)
        return self.quote(boat, months)

    def quote(self, boat: Boat, months: int) -> float:
        """Storage by the foot per month (boats shorter than the minimum length are
        charged as that length), the lift out and back in, and unstepping the mast
        if it has to come down. Members on a long stay get their discount."""
        rates = self.rates
        length = max(boat.length_ft, rates.min_length_ft)
        storage = length * rates.per_foot_month * months
        total = storage + rates.lift_out + rates.lift_in
        if boat.unstep_mast:
            total += rates.mast_unstep
        if boat.member and months > rates.long_stay_months:
            total -= total * rates.member_discount
        return round(total, 2)

    def season_takings(self) -> float:
        return round(sum(self.quote(boat, months) for boat, months in self.booked.values()), 2)

    def spaces_left(self) -> int:
        return self.spaces - len(self.booked)
