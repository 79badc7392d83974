"""Splitting the association's water bill: the standing charge is shared equally
between the plots, the volume charge in proportion to what each plot used."""

from __future__ import annotations

from allotment.meters import Reading, plot_usage


def shares(usage: dict[str, float], standing: float, volume_cost: float) -> dict[str, float]:
    if not usage:
        return {}
    total = sum(usage.values())
    each = standing / len(usage)
    return {plot: round(each + (volume_cost * used / total if total else volume_cost / len(usage)), 2)
            for plot, used in usage.items()}


def season_bill(readings: list[Reading], standing: float, volume_cost: float) -> list[tuple[str, float]]:
    """(plot, amount) for the season, largest amount first."""
    owed = shares(plot_usage(readings), standing, volume_cost)
    return sorted(owed.items(), key=lambda item: (-item[1], item[0]))
