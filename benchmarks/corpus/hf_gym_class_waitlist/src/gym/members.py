from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    premium: bool = False


def parse_members(text: str) -> list[Member]:
    """One member a line: `id,name` or `id,name,premium`."""
    members = []
    for line in text.strip().splitlines():
        fields = [field.strip() for field in line.split(",")]
        members.append(Member(int(fields[0]), fields[1], len(fields) > 2 and fields[2] == "premium"))
    return members
