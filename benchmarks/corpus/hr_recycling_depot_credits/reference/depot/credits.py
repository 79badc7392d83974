"""Credits for members' drop-offs: whole credits per kg by material, and at most
DAILY_CAP credits for one member on one day however much they bring."""

from __future__ import annotations

from depot.dropoffs import Dropoff

CREDITS_PER_KG = {"glass": 2, "paper": 1, "plastic": 3, "metal": 5}
DAILY_CAP = 40


def credit_for(drop: Dropoff) -> int:
    return int(drop.kg * CREDITS_PER_KG[drop.material])


def credits_by_member(dropoffs: list[Dropoff]) -> dict[str, int]:
    totals: dict[str, int] = {}
    current = None
    today = 0
    for drop in sorted(dropoffs, key=lambda d: (d.member, d.day)):
        if (drop.member, drop.day) != current:
            current = (drop.member, drop.day)
            today = 0
        earned = min(credit_for(drop), DAILY_CAP - today)
        today += earned
        totals[drop.member] = totals.get(drop.member, 0) + earned
    return totals


def leaderboard(dropoffs: list[Dropoff], top: int = 3) -> list[tuple[str, int]]:
    totals = credits_by_member(dropoffs)
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:top]


def kg_by_material(dropoffs: list[Dropoff]) -> dict[str, float]:
    weights: dict[str, float] = {}
    for drop in dropoffs:
        weights[drop.material] = round(weights.get(drop.material, 0.0) + drop.kg, 3)
    return weights
