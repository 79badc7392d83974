"""Grading garlic bulbs off the riddle after curing.

Bulbs are graded by diameter across the widest point. Anything smaller than the
smallest grade is kept back and split for seed cloves at autumn planting.
"""

from __future__ import annotations

# (grade, minimum diameter in mm), biggest first
GRADES = [("Jumbo", 70), ("Large", 60), ("Medium", 50), ("Small", 40)]


def grade(diameter: float) -> str | None:
    """The grade for one bulb, or None if it is kept back for seed."""
    for name, minimum in GRADES:
        if diameter >= minimum:
            return name
    return None


def tally(diameters: list[float]) -> dict[str, int]:
    """How many of each grade came off the riddle, with the undersize ones as "seed"."""
    counts = {name: 0 for name, _ in GRADES}
    counts["seed"] = 0
    for diameter in diameters:
        counts[grade(diameter) or "seed"] += 1
    return counts


def read_diameters(text: str) -> list[float]:
    """The calliper log: one diameter in mm a line; blank lines and '#' notes skipped."""
    diameters = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            diameters.append(float(line))
    return diameters
