"""Catch per unit effort for the fisheries officer's returns: lobsters per pot per
day of soak, string by string."""

from __future__ import annotations

from datetime import date

from hauls import Haul


def soak_returns(hauls: list[Haul], shot: dict[str, date]) -> list[tuple[date, str, int, float]]:
    """(day, string, soak days, lobsters per pot-day) for each haul, in the order
    hauled. shot is the day each string first went in this season; a string hauled
    twice in one day counts as one day's soak."""
    last_shot = dict(shot)
    returns = []
    for haul in sorted(hauls, key=lambda h: h.day):
        soak_days = max(1, (haul.day - last_shot[haul.string]).days)
        returns.append((haul.day, haul.string, soak_days, round(haul.lobsters / (haul.pots * soak_days), 4)))
        last_shot[haul.string] = haul.day
    return returns


def season_cpue(hauls: list[Haul], shot: dict[str, date]) -> dict[str, float]:
    """Each string's lobsters per pot-day over the whole season."""
    lobsters: dict[str, int] = {}
    pot_days: dict[str, int] = {}
    ordered = sorted(hauls, key=lambda h: h.day)
    for haul, (_day, _string, soak_days, _rate) in zip(ordered, soak_returns(hauls, shot)):
        lobsters[haul.string] = lobsters.get(haul.string, 0) + haul.lobsters
        pot_days[haul.string] = pot_days.get(haul.string, 0) + haul.pots * soak_days
    return {string: round(lobsters[string] / pot_days[string], 4) for string in sorted(pot_days)}
