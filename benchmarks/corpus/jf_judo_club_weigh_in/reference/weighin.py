"""Weigh-in for the club's open shiai: which weight category each judoka fights
in, who has to move up from the category they entered, and the pools."""

from __future__ import annotations

import bisect
from collections import defaultdict

# Upper limits in kg; a judoka fights in the lightest category whose limit they
# make. Above the heaviest limit is the open-weight '+' category.
LIMITS = {
    "men": [60, 66, 73, 81, 90, 100],
    "women": [48, 52, 57, 63, 70, 78],
}


def category(division: str, weight_kg: float) -> str:
    """'-66' for anyone up to and including 66 kg who is over 60, '+100' above 100."""
    if division not in LIMITS:
        raise ValueError(f"no division {division!r}")
    if weight_kg <= 0:
        raise ValueError(f"not a weight: {weight_kg}")
    limits = LIMITS[division]
    i = bisect.bisect_left(limits, weight_kg)
    if i == len(limits):
        return f"+{limits[-1]}"
    return f"-{limits[i]}"


def parse_weigh_in(text: str) -> list[tuple[str, str, float]]:
    """Lines of 'name, division, kg' as the scales table writes them down."""
    rows = []
    for line in text.splitlines():
        if not line.strip():
            continue
        name, division, kg = (part.strip() for part in line.split(","))
        rows.append((name, division.lower(), round(float(kg), 1)))
    return rows


def moved_up(entries: dict[str, str], rows: list[tuple[str, str, float]]) -> list[tuple[str, str, str]]:
    """(name, entered, category they weighed in at) for everyone too heavy for the
    category they entered. Fighting up a category is allowed, so the light are left be."""
    moves = []
    for name, division, kg in rows:
        entered = entries.get(name)
        weighed = category(division, kg)
        if entered is None or entered == weighed:
            continue
        if entered.startswith("+") or (not weighed.startswith("+") and int(weighed[1:]) < int(entered[1:])):
            continue
        moves.append((name, entered, weighed))
    return moves


def pools(rows: list[tuple[str, str, float]]) -> dict[tuple[str, str], list[str]]:
    """Names in each (division, category), lightest first."""
    grouped: dict[tuple[str, str], list[tuple[float, str]]] = defaultdict(list)
    for name, division, kg in rows:
        grouped[(division, category(division, kg))].append((kg, name))
    return {key: [name for _, name in sorted(judoka)] for key, judoka in grouped.items()}
