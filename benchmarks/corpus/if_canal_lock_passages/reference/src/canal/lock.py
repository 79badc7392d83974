from __future__ import annotations

from .boats import DOWN, UP, Boat


class Lock:
    """A lock chamber with a queue of boats waiting at either end."""

    def __init__(self, name: str, length: float, beam: float) -> None:
        self.name = name
        self.length = length
        self.beam = beam
        self.waiting: list[Boat] = []
        self.passages = 0

    def arrive(self, boat: Boat) -> None:
        if boat.heading not in (UP, DOWN):
            raise ValueError(f"unknown heading {boat.heading!r}")
        self.waiting.append(boat)

    def waiting_count(self, heading: str) -> int:
        return sum(1 for boat in self.waiting if boat.heading == heading)

    def next_passage(self, heading: str) -> list[str]:
        """Work the lock once for boats heading `heading` and return their names.

        The boats waiting to go that way are taken in the order they arrived, as
        many as fit in the chamber end to end. A boat too wide for the chamber can
        never use the lock and stays in the queue, and a boat too long for the room
        left waits for the next passage; boats behind either of them may still go.
        """
        taken: list[Boat] = []
        used = 0.0
        for boat in self.waiting:
            if boat.heading == heading and boat.beam <= self.beam and used + boat.length <= self.length:
                taken.append(boat)
                used += boat.length
        for boat in taken:
            self.waiting.remove(boat)
        if taken:
            self.passages += 1
        return [boat.name for boat in taken]
