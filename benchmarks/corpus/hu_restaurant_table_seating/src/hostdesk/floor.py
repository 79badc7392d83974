"""The dining room's tables, read from the floor plan the manager keeps."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    name: str
    seats: int
    accessible: bool = False  # step-free, with room for a wheelchair


@dataclass(frozen=True)
class Party:
    name: str
    size: int
    needs_access: bool = False


def parse_floor(text: str) -> list[Table]:
    """Lines like 'T4 4' or 'T9 6 accessible'."""
    tables = []
    for line in text.splitlines():
        words = line.split()
        if not words:
            continue
        name, seats, *flags = words
        if flags not in ([], ["accessible"]):
            raise ValueError(f"unknown flags in {line!r}")
        tables.append(Table(name, int(seats), bool(flags)))
    return tables
