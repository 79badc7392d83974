"""Grading day: every oyster in a batch is weighed on the grader and dropped into a
size grade, then the grades are bagged up again at their stocking densities."""

from __future__ import annotations

GRADES = ("small", "medium", "large")  # smallest first, the order the grader drops them
UPPER_GRAMS = {"small": 40, "medium": 70}  # a grade holds oysters under this weight
DENSITY = {"small": 400, "medium": 250, "large": 150}  # oysters to a mesh bag


def grade_of(grams: float) -> str:
    if grams <= 0:
        raise ValueError(f"an oyster cannot weigh {grams} g")
    for grade in GRADES[:-1]:
        if grams < UPPER_GRAMS[grade]:
            return grade
    return GRADES[-1]


def grade_counts(weights: list[float]) -> dict[str, int]:
    counts = {grade: 0 for grade in GRADES}
    for grams in weights:
        counts[grade_of(grams)] += 1
    return counts


def rebag(counts: dict[str, int]) -> list[tuple[str, int]]:
    """(grade, oysters) for each new bag: smallest grade first, full bags before the
    part-filled one."""
    bags = []
    for grade in GRADES:
        left = counts.get(grade, 0)
        full, part = divmod(left, DENSITY[grade])
        bags.extend([(grade, DENSITY[grade])] * full)
        if part:
            bags.append((grade, part))
    return bags
