"""The display arena's timetable: fixed slots through the day, each with room for a
few kites at once."""

from __future__ import annotations

from dataclasses import dataclass, field

from flyers import Flyer


@dataclass
class Slot:
    start: str  # "HH:MM"
    capacity: int
    giant: bool = False
    booked: list[str] = field(default_factory=list)


class Arena:
    def __init__(self, name: str):
        self.name = name
        self.slots: dict[str, Slot] = {}

    def add_slot(self, start: str, capacity: int, giant: bool = False) -> None:
        if start in self.slots:
            raise ValueError(f"there is already a slot at {start}")
        self.slots[start] = Slot(start, capacity, giant)

    def open_slots(self, flyer: Flyer) -> list[str]:
        """Start times, earliest first, of the slots the flyer can still be put in: not
        full, not one they already have, and only giant-kite sessions for a giant."""
        times = []
        for slot in sorted(self.slots.values(), key=lambda slot: slot.start):
            if len(slot.booked) >= slot.capacity or flyer.giant and not slot.giant:
                continue
            times.append(slot.start)
        return times

    def book(self, flyer: Flyer, start: str) -> None:
        if start not in self.slots:
            raise KeyError(f"no slot at {start}")
        if start not in self.open_slots(flyer):
            raise ValueError(f"{flyer.name} cannot fly at {start}")
        self.slots[start].booked.append(flyer.name)

    def cancel(self, flyer: Flyer, start: str) -> None:
        self.slots[start].booked.remove(flyer.name)

    def timetable(self) -> list[str]:
        """The programme board: one line a slot, with its flyers in booking order."""
        lines = []
        for start in sorted(self.slots):
            slot = self.slots[start]
            who = ", ".join(slot.booked) if slot.booked else "-"
            lines.append(f"{start}{' (giant kites)' if slot.giant else ''}: {who}")
        return lines
