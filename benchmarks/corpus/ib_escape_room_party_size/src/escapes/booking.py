from __future__ import annotations

from .models import Party, Room

PRICE_PER_PLAYER = 22
GROUP_DISCOUNT_FROM = 6


def can_host(room: Room, party: Party) -> bool:
    """A room can host a party when the room is open, the party has at least the
    room's minimum and at most its maximum number of players, and the youngest
    player is old enough for the room."""
    if room.closed:
        return False
    if party.size > room.max_players:
        return False
    if party.youngest_age < room.minimum_age:
        return False
    return True


def rooms_for(party: Party, rooms: list[Room]) -> list[str]:
    """Names of the rooms that can host the party, smallest room first."""
    fitting = [room for room in rooms if can_host(room, party)]
    return [room.name for room in sorted(fitting, key=lambda room: (room.max_players, room.name))]


def price(party: Party) -> int:
    players = party.size
    if players >= GROUP_DISCOUNT_FROM:
        return players * (PRICE_PER_PLAYER - 2)
    return players * PRICE_PER_PLAYER
