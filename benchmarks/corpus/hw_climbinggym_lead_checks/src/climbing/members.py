"""Members as the front desk keeps them: membership paid up to a date, a belay
check done once, and a lead certificate that lapses after a year."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class Member:
    name: str
    paid_until: datetime.date
    belay_checked: bool = False
    lead_expires: datetime.date | None = None


def _date(text: str) -> datetime.date | None:
    text = text.strip()
    return datetime.date.fromisoformat(text) if text and text != "-" else None


def read_members(text: str) -> list[Member]:
    """Lines like `ana; 2024-12-31; belay; 2025-03-01`, with `-` for no
    belay check or no lead certificate."""
    members = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [field.strip() for field in line.split(";")]
        if len(fields) != 4 or fields[2] not in ("belay", "-"):
            raise ValueError(f"bad member line {line!r}")
        paid = _date(fields[1])
        if paid is None:
            raise ValueError(f"no membership date in {line!r}")
        members.append(Member(fields[0], paid, fields[2] == "belay", _date(fields[3])))
    return members
