"""A team's bout roster: skater numbers and derby names."""

from __future__ import annotations

MAX_ROSTER = 15


def read_roster(text: str) -> dict[str, str]:
    """Lines of `number,name`; skater numbers are strings (`00` and `0` differ)."""
    roster: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        number, name = (part.strip() for part in line.split(",", 1))
        if number in roster:
            raise ValueError(f"number {number} is on the roster twice")
        roster[number] = name
    if len(roster) > MAX_ROSTER:
        raise ValueError(f"a bout roster has at most {MAX_ROSTER} skaters")
    return roster
