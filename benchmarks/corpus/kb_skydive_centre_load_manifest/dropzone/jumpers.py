"""The groups called to the manifest desk, as typed on the day's call sheet."""

from __future__ import annotations

from dataclasses import dataclass

KIT_KG = 14  # rig, helmet and altimeter, a person
# How many people a group of each kind can be: a tandem is the student and the
# instructor, plus a camera flyer if they paid for video; AFF is the student and one
# or two instructors; fun jumpers go up alone or as a formation of up to eight.
PEOPLE = {"tandem": (2, 3), "aff": (2, 3), "fun": (1, 8)}


@dataclass(frozen=True)
class Group:
    name: str
    kind: str
    body_kg: tuple[float, ...]

    @property
    def seats(self) -> int:
        return len(self.body_kg)

    @property
    def weight(self) -> float:
        return sum(self.body_kg) + KIT_KG * self.seats


def read_call_sheet(text: str) -> list[Group]:
    """One group a line: 'name, kind, body weights in kg', e.g. 'Okafor, tandem, 78 92'."""
    groups = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, kind, weights = (part.strip() for part in line.split(","))
        kind = kind.lower()
        if kind not in PEOPLE:
            raise ValueError(f"{name}: no such jump as {kind!r}")
        body_kg = tuple(float(kg) for kg in weights.split())
        fewest, most = PEOPLE[kind]
        if not fewest <= len(body_kg) <= most:
            raise ValueError(f"{name}: a {kind} group is {fewest} to {most} people")
        groups.append(Group(name, kind, body_kg))
    return groups
