"""Laying the bags back out on the trestles along the foreshore."""

from __future__ import annotations

TRESTLE_BAGS = 6  # bags strapped to one trestle


def trestle_plan(bags: list[tuple[str, int]], per_trestle: int = TRESTLE_BAGS) -> list[tuple[str, list[int]]]:
    """Bags go out in the order given, one grade to a trestle (they are turned and
    harvested at different times): a new trestle is started when the current one is
    full or the grade changes. Returns (grade, [oysters in each bag]) per trestle."""
    if per_trestle < 1:
        raise ValueError("a trestle takes at least one bag")
    trestles = []
    current: list[int] = []
    current_grade = None
    for grade, oysters in bags:
        if current and (grade != current_grade or len(current) == per_trestle):
            trestles.append((current_grade, current))
            current = []
        current_grade = grade
        current.append(oysters)
    return trestles


def trestle_sheet(plan: list[tuple[str, list[int]]], first: int = 1) -> list[str]:
    """The sheet taken down to the beach at low tide, trestles numbered from `first`."""
    return [f"T{number} {grade}: {' '.join(str(n) for n in bags)}" for number, (grade, bags) in enumerate(plan, start=first)]
