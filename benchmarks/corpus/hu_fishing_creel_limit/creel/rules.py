"""The fishery's regulations, one species a line: minimum size, daily bag, and the
months the species is closed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    species: str
    min_length_cm: int
    daily_bag: int
    closed_months: frozenset[int]


def parse_rules(text: str) -> dict[str, Rule]:
    rules = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        species, length, bag, months = (part.strip() for part in line.split(","))
        closed = frozenset(int(m) for m in months.split())
        if any(not 1 <= m <= 12 for m in closed):
            raise ValueError(f"bad month in {line!r}")
        rules[species.lower()] = Rule(species.lower(), int(length), int(bag), closed)
    return rules
