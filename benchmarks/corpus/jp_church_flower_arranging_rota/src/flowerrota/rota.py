"""Who does the flowers each Sunday.

Turns go round fairly: each Sunday goes to whoever has had fewest turns so far, and
on a tie to whoever comes first on the list. Nobody is put down for a Sunday they are
away. Festivals (Easter, Harvest, Christmas) need two arrangers.
"""

from __future__ import annotations

from datetime import date


def make_rota(
    arrangers: list[str],
    sundays: list[date],
    away: dict[str, set[date]] | None = None,
    festivals: set[date] = frozenset(),
) -> dict[date, list[str]]:
    away = away or {}
    turns = {name: 0 for name in arrangers}
    rota = {}
    for sunday in sundays:
        needed = 2 if sunday in festivals else 1
        free = [name for name in arrangers if sunday not in away.get(name, ())]
        chosen: list[str] = []
        for _ in range(min(needed, len(free))):
            pick = min(
                (name for name in arrangers if name not in chosen),
                key=lambda name: (turns[name], arrangers.index(name)),
            )
            chosen.append(pick)
            turns[pick] += 1
        rota[sunday] = chosen
    return rota


def rota_sheet(rota: dict[date, list[str]]) -> list[str]:
    """For the parish magazine."""
    lines = []
    for sunday in sorted(rota):
        names = " & ".join(rota[sunday]) or "volunteers please!"
        lines.append(f"{sunday.day} {sunday:%b}: {names}")
    return lines
