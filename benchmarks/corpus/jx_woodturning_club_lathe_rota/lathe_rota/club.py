"""Members and lathes of the woodturning club, from the committee's sheets."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Member:
    name: str
    inducted: bool  # has done the safety induction on the lathes
    bowl_signed_off: bool  # may turn bowls on the big outboard lathe
    subs_paid_until: date


@dataclass(frozen=True)
class Lathe:
    name: str
    kind: str  # "spindle" or "bowl"
    under_repair: bool = False


def _flag(text: str) -> bool:
    return text.strip().lower() in ("yes", "y", "1")


def read_members(text: str) -> list[Member]:
    """CSV with columns name,inducted,bowl,paid_until (yes/no flags and an ISO date).
    A row with no name is a blank line on the committee's sheet and is skipped."""
    members = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        name = row["name"].strip()
        if not name:
            continue
        members.append(Member(name, _flag(row["inducted"]), _flag(row["bowl"]), date.fromisoformat(row["paid_until"].strip())))
    return members


def read_lathes(text: str) -> list[Lathe]:
    """The wall list, one lathe a line: 'name kind', with 'repair' after it while it is out of use."""
    lathes = []
    for line in text.splitlines():
        words = line.split()
        if words:
            lathes.append(Lathe(words[0], words[1], len(words) > 2 and words[2] == "repair"))
    return lathes
