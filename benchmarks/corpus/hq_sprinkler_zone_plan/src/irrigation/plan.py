"""The watering run: zones one after another (the pump feeds one valve at a time)."""

from __future__ import annotations

from .zones import Zone

GAP_MINUTES = 2  # between one valve closing and the next opening
RAIN_SKIP_MM = 5.0  # rain in the last 24 hours from which the run is skipped


def run_plan(zones: list[Zone], start: int, rain_mm: float = 0.0, adjust: int = 100) -> list[tuple[str, int, int]]:
    """(zone, first minute, end minute) of each enabled zone, minutes after midnight,
    GAP_MINUTES apart; run times are scaled by the seasonal adjust (percent) and
    rounded, zones left with no time are skipped, and after RAIN_SKIP_MM of rain or
    more nothing runs at all."""
    if rain_mm > RAIN_SKIP_MM:
        return []
    plan = []
    clock = start
    for zone in zones:
        if not zone.enabled:
            continue
        minutes = round(zone.minutes * adjust / 100)
        if minutes <= 0:
            continue
        plan.append((zone.name, clock, clock + minutes))
        clock += minutes
    return plan


def finish(plan: list[tuple[str, int, int]]) -> int | None:
    return plan[-1][2] if plan else None


def litres(plan: list[tuple[str, int, int]], flow: dict[str, float]) -> float:
    """Water used, from each zone's flow in litres per minute."""
    return sum((end - begin) * flow[name] for name, begin, end in plan)
