"""Reading the moth trap log. Each morning the trap is emptied and written up:

    2024-07-14 Robinson MV, 14C overcast
    Large Yellow Underwing x12
    h&d x3
    Elephant Hawk-moth
    # one Silver Y flew before it could be potted
    Silver Y x1

The first line is the date and the trap; then a species a line, with x and a count,
or no count for a single moth; '#' lines are notes. Names go through species.canonical.
"""

from __future__ import annotations

import re

from species import SPECIES, canonical

COUNT = re.compile(r"\bx(\d+)\b", re.IGNORECASE)


def read_night(text: str) -> tuple[str, dict[str, int]]:
    """(the date, {species: moths}) for one morning's write-up."""
    lines = [line.strip() for line in text.strip().splitlines()]
    night = lines[0].split()[0]

    def count_of(line: str) -> int:
        found = COUNT.search(line)
        return int(found.group(1)) if found else 1

    catch: dict[str, int] = {}
    for line in lines[1:]:
        if not line or line.startswith("#"):
            continue
        name = canonical(COUNT.sub("", line))
        catch[name] = catch.get(name, 0) + count_of(line)
    return night, catch


def season_summary(nights: list[tuple[str, dict[str, int]]]) -> dict[str, tuple[int, int, str]]:
    """Per species: (moths in all, nights recorded, first night seen)."""
    summary: dict[str, tuple[int, int, str]] = {}
    for night, catch in sorted(nights):
        for name, moths in catch.items():
            total, seen, first = summary.get(name, (0, 0, night))
            summary[name] = (total + moths, seen + 1, first)
    return summary


def migrants(catch: dict[str, int]) -> list[str]:
    return sorted(name for name in catch if SPECIES[name] == "migrant")
