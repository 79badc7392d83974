"""The roll-up draw: who plays on which rink on a club afternoon."""

from __future__ import annotations

from datetime import date

from bowls.members import POSITIONS, Member

RINK_SIZE = 4


def available(members: list[Member], day: date) -> list[Member]:
    """The members who can be drawn on `day`: not away, and with their subs paid
    (life members pay none)."""
    players = []
    for member in members:
        if day in member.away:
            continue
        if not member.subs_paid:
            continue
        players.append(member)
    return players


def draw(members: list[Member], day: date) -> tuple[list[list[str]], list[str]]:
    """Rinks of four, and the reserves left over. Players are dealt out by
    position (skips first, then thirds, seconds and leads, by name within each)
    so that every rink gets a skip before anyone gets a second one."""
    players = sorted(available(members, day), key=lambda m: (POSITIONS.index(m.position), m.name))
    count = len(players) // RINK_SIZE
    if count == 0:
        return [], [m.name for m in players]
    rinks: list[list[str]] = [[] for _ in range(count)]
    for index, player in enumerate(players[: count * RINK_SIZE]):
        rinks[index % count].append(player.name)
    reserves = [m.name for m in players[count * RINK_SIZE :]]
    return rinks, reserves
