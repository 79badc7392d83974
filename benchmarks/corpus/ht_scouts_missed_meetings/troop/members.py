"""The troop's member list: one scout a line, "name, patrol"."""

from __future__ import annotations

from dataclasses import dataclass

PATROLS = ("eagles", "foxes", "owls", "otters")


@dataclass(frozen=True)
class Scout:
    name: str
    patrol: str


def parse_members(text: str) -> list[Scout]:
    scouts = []
    names = set()
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, patrol = (field.strip() for field in line.rsplit(",", 1))
        patrol = patrol.lower()
        if patrol not in PATROLS:
            raise ValueError(f"{name}: unknown patrol {patrol!r}")
        if name in names:
            raise ValueError(f"{name} is on the list twice")
        names.add(name)
        scouts.append(Scout(name, patrol))
    return scouts
