"""The club roster, as the membership secretary exports it from the spreadsheet."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

POSITIONS = ("skip", "third", "second", "lead")


@dataclass
class Member:
    name: str
    position: str
    subs_paid: bool = True
    life_member: bool = False
    away: set[date] = field(default_factory=set)


def parse_roster(text: str) -> list[Member]:
    """One member a line: 'name; position; status[; away dates]'. The status is
    'paid', 'unpaid' or 'life' (life members pay no subs); away dates are ISO
    dates separated by commas. Blank lines and '#' comments are skipped."""
    members = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [part.strip() for part in line.split(";")]
        if len(parts) not in (3, 4):
            raise ValueError(f"bad roster line: {line!r}")
        name, position, status = parts[0], parts[1].lower(), parts[2].lower()
        if position not in POSITIONS:
            raise ValueError(f"unknown position {position!r} for {name}")
        if status not in ("paid", "unpaid", "life"):
            raise ValueError(f"unknown status {status!r} for {name}")
        away = set()
        if len(parts) == 4 and parts[3]:
            away = {date.fromisoformat(day.strip()) for day in parts[3].split(",")}
        members.append(Member(name, position, status == "paid", status == "life", away))
    return members


def subs_reminders(members: list[Member]) -> list[str]:
    """Who the treasurer should chase for this year's subs."""
    return sorted(m.name for m in members if not m.subs_paid and not m.life_member)
