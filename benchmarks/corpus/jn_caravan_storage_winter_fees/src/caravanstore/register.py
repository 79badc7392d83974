"""The compound register: one line per van, 'reg | kind | in | out', out left blank
for a van staying the whole winter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

KINDS = ("touring", "motorhome", "trailer tent")


@dataclass(frozen=True)
class Stay:
    reg: str
    kind: str
    arrived: date
    leaves: date | None = None


def read_register(text: str) -> list[Stay]:
    stays = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 4:
            raise ValueError(f"line {number}: expected 'reg | kind | in | out'")
        reg, kind, arrived, leaves = parts
        if kind.lower() not in KINDS:
            raise ValueError(f"line {number}: unknown kind {kind!r}")
        stay = Stay(reg.upper(), kind.lower(), date.fromisoformat(arrived), date.fromisoformat(leaves) if leaves else None)
        if stay.leaves is not None and stay.leaves < stay.arrived:
            raise ValueError(f"line {number}: {stay.reg} leaves before it arrives")
        stays.append(stay)
    return stays
