"""Lending seed packets to members. Each member may have a few packets out at a
time; they bring seed saved from the crop back at the end of the season."""

from __future__ import annotations

from varieties import Variety

PACKETS_PER_MEMBER = 5


class LendingError(Exception):
    pass


class SeedLibrary:
    def __init__(self, catalogue: dict[str, Variety]) -> None:
        self.catalogue = catalogue
        self.loans: dict[str, dict[str, int]] = {}  # member -> variety code -> packets out

    def out_with(self, member: str) -> int:
        return sum(self.loans.get(member, {}).values())

    def lend(self, member: str, code: str, packets: int = 1) -> None:
        variety = self.catalogue.get(code)
        if variety is None:
            raise LendingError(f"no variety {code}")
        if variety.packets < packets:
            raise LendingError(f"only {variety.packets} packets of {variety.name} left")
        if self.out_with(member) + packets > PACKETS_PER_MEMBER:
            raise LendingError(f"{member} already has {self.out_with(member)} packets out")
        variety.packets -= packets
        held = self.loans.setdefault(member, {})
        held[code] = held.get(code, 0) + packets

    def give_back(self, member: str, code: str, packets: int = 1) -> None:
        """A member brings packets back (saved seed counts the same as the packet
        they took). Bringing back more than they took of a variety is a gift: the
        tin gets all of it, the loan is simply cleared."""
        held = self.loans.get(member, {})
        if code not in self.catalogue:
            raise LendingError(f"no variety {code}")
        self.catalogue[code].packets += packets
        if code in held:
            if held[code] <= 0:
                del held[code]
        if not held:
            self.loans.pop(member, None)

    def members_owing(self) -> list[str]:
        return sorted(member for member, held in self.loans.items() if sum(held.values()) > 0)
