"""Pre-booked half-hour entry slots, kept as {"10:30": [party sizes...]}."""

from __future__ import annotations

from prices import SLOT_CAPACITY


def places_left(slots: dict[str, list[int]], slot: str) -> int:
    return max(0, SLOT_CAPACITY - sum(slots.get(slot, [])))


def book(slots: dict[str, list[int]], slot: str, party_size: int) -> bool:
    """Book a party into a slot if there is room; False when it is full."""
    if party_size <= 0:
        raise ValueError("party size must be positive")
    if party_size > places_left(slots, slot):
        return False
    slots.setdefault(slot, []).append(party_size)
    return True


def busiest(slots: dict[str, list[int]]) -> str | None:
    """The slot with the most visitors booked; the earliest on a tie."""
    if not slots:
        return None
    return max(sorted(slots), key=lambda slot: sum(slots[slot]))
