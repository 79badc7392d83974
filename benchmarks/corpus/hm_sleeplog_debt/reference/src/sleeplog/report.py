"""The weekly numbers: average sleep, short nights and the running sleep debt."""

from __future__ import annotations

GOAL_HOURS = 8.0


def average_hours(nights: list[dict]) -> float:
    if not nights:
        return 0.0
    return round(sum(n["asleep"] for n in nights) / len(nights) / 60, 2)


def short_nights(nights: list[dict], under_hours: float = 6.0) -> int:
    return sum(1 for n in nights if n["asleep"] < under_hours * 60)


def sleep_debt(nights: list[dict], goal_hours: float = GOAL_HOURS) -> float:
    """Hours short of the goal, night after night, oldest first. A long night pays
    debt back, but sleep cannot be banked: the debt never goes below zero."""
    debt = 0.0
    for n in nights:
        debt += goal_hours - n["asleep"] / 60
        debt = max(debt, 0.0)
    return round(debt, 2)


def summary(nights: list[dict]) -> str:
    return (f"{len(nights)} nights, {average_hours(nights):.1f} h average, "
            f"{short_nights(nights)} short, debt {sleep_debt(nights):.1f} h")
