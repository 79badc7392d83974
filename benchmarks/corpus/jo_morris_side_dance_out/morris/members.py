"""The side's members, from the squire's list.

One line a member: ``name | joined | dances | plays | away``. Dances are
comma-separated; plays is the member's instrument, blank for those who only dance;
away is a comma-separated list of dates (YYYY-MM-DD) they can't come out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Member:
    name: str
    joined: int
    dances: set[str]
    plays: str = ""
    away: set[date] = field(default_factory=set)


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def parse_members(text: str) -> list[Member]:
    members = []
    for number, line in enumerate(text.strip().splitlines(), start=1):
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 5:
            raise ValueError(f"line {number}: expected 5 fields, got {len(parts)}")
        name, joined, dances, plays, away = parts
        members.append(
            Member(name, int(joined), set(_items(dances)), plays, {date.fromisoformat(d) for d in _items(away)})
        )
    return members
